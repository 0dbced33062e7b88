/** The log the development adapters write their "NOT sent" line to: pino-like, the console by default. */
export interface AdapterLog {
  info(obj: object, msg?: string): void;
}

export const consoleLog: AdapterLog = {
  info(obj, msg) {
    console.info(`${msg ?? ''} ${JSON.stringify(obj)}`.trim());
  },
};

export const silentLog: AdapterLog = { info() {} };
