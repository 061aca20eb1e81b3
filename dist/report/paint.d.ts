/** The few styles reporters use; identity functions when colour is off. */
export interface Paint {
    readonly bold: (text: string) => string;
    readonly dim: (text: string) => string;
    readonly red: (text: string) => string;
    readonly green: (text: string) => string;
    readonly yellow: (text: string) => string;
    readonly cyan: (text: string) => string;
    readonly underline: (text: string) => string;
    /** Colours a severity word: errors red, warnings yellow. */
    readonly severity: (severity: string) => string;
}
/**
 * Styles for one stream. A fresh chalk instance per stream, so that stdout and stderr can
 * differ and chalk's own argv and environment sniffing never decides.
 * @param color the decision of `decideColor` for that stream
 */
export declare function paint(color: boolean): Paint;
