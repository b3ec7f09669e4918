export declare const CHROMIUM_PATH: string;
export declare function chromiumAvailable(): boolean;
export declare const CHROMIUM_ARGS: string[];
