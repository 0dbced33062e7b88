/** The current account as a catalogue actor (id, roles, department), and its catalogue roles. */
import { useSession } from '../auth/use-session';
import { catalogueRoles, type CatalogueActor, type CatalogueRoles } from './catalogue-permissions';

export function useCatalogueActor(): { actor: CatalogueActor | null; roles: CatalogueRoles } {
  const { data: session } = useSession();
  const account = session?.account;
  const actor = account ? { id: account.id, roles: account.roles, departmentId: account.department?.id ?? null } : null;
  return { actor, roles: catalogueRoles(actor) };
}
