/** An application's status as a tag, in the server's Chinese label (草稿 for a draft). */
import { StatusTag } from '../../components/StatusTag';
import { statusTone } from './application-status';

export function ApplicationStatusTag({ status, label }: { status: string; label: string }) {
  return <StatusTag tone={statusTone(status)}>{label}</StatusTag>;
}
