export interface paths {
    "/v3/img2prompt": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Image to prompt
         * @description Extracts a prompt from an image. JSON bodies only.
         */
        post: operations["img2prompt"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Img2PromptRequest: {
            /**
             * Format: byte
             * @description The image, base64-encoded: at most 2048×2048 pixels and 30 MB (of image, before encoding).
             */
            image_file: string;
        };
        Img2PromptResponse: {
            /** @description The prompt generated from the image. */
            prompt?: string;
        };
        /** @description Novita's error envelope. */
        NovitaError: {
            /** @description The HTTP status, repeated. */
            code: number;
            /** @description Machine-readable error reason, e.g. INVALID_API_KEY. */
            reason: string;
            /** @description Human-readable explanation. */
            message: string;
            /** @description Extra details, if any. */
            metadata?: {
                [key: string]: unknown;
            };
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    img2prompt: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Img2PromptRequest"];
            };
        };
        responses: {
            /** @description The generated prompt. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Img2PromptResponse"];
                };
            };
            /** @description The request is invalid, or the account cannot pay for it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NovitaError"];
                };
            };
            /** @description The API key is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NovitaError"];
                };
            };
            /** @description The API key is invalid. Novita's error reference lists INVALID_API_KEY under both 401 and 403, so both are documented. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NovitaError"];
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NovitaError"];
                };
            };
            /** @description Internal error, including a failed charge. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NovitaError"];
                };
            };
        };
    };
}
