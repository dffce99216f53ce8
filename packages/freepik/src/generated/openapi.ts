export interface paths {
    "/v1/ai/image-to-prompt": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Image to Prompt - List tasks
         * @description Get the status of all image-to-prompt tasks
         */
        get: operations["get_all_image_to_prompt_tasks"];
        put?: never;
        /**
         * Image to Prompt - Generate prompt
         * @description Generate descriptive prompts from input images using AI analysis
         */
        post: operations["create_image_to_prompt_task"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ai/image-to-prompt/{task-id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Image to Prompt - Get task status
         * @description Get the status of one image-to-prompt task
         */
        get: operations["get_image_to_prompt_task"];
        put?: never;
        post?: never;
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
        ImageToPromptRequest: {
            /**
             * @description Input image for prompt generation. Can be base64-encoded string or URL.
             * @example https://example.com/image.jpg
             */
            image: string;
            /**
             * Format: uri
             * @description Webhook URL to notify the user when the task is completed
             * @example https://example.com/webhook
             */
            webhook_url?: string;
        };
        ImageToPromptTaskResponse: {
            data: components["schemas"]["ImageToPromptTask"];
        };
        /**
         * @example {
         *       "message": "message"
         *     }
         */
        ErrorMessage: {
            message?: string;
        };
        /**
         * @example {
         *       "message": "Internal Server Error"
         *     }
         */
        InternalServerErrorMessage: {
            /** @example Internal Server Error */
            message?: string;
        };
        /**
         * @example {
         *       "message": "Service Unavailable. Please try again later."
         *     }
         */
        ServiceUnavailableMessage: {
            /** @example Service Unavailable. Please try again later. */
            message?: string;
        };
        ImageToPromptTask: components["schemas"]["TaskStatus"] & {
            generated: string[];
        };
        /**
         * @example {
         *       "task_id": "046b6c7f-0b8a-43b9-b35d-6489e6daee91",
         *       "status": "CREATED"
         *     }
         */
        TaskStatus: {
            /**
             * Format: uuid
             * @description Task identifier
             */
            task_id: string;
            /**
             * @description Task status
             * @enum {string}
             */
            status: "CREATED" | "IN_PROGRESS" | "COMPLETED" | "FAILED";
        };
        InvalidParam: {
            /** @example page */
            name: string;
            /** @example Parameter 'page' must be greater than 0 */
            reason: string;
        };
        ValidationProblem: {
            /** @example Your request parameters didn't validate. */
            message: string;
            invalid_params: components["schemas"]["InvalidParam"][];
        };
    };
    responses: {
        /** @description Bad Request - The server could not understand the request due to invalid syntax. */
        ImageToPromptBadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorMessage"];
            };
        };
        /** @description Unauthorized - The client must authenticate itself to get the requested response. */
        ImageToPromptUnauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorMessage"];
            };
        };
        /** @description Internal Server Error - The server has encountered a situation it doesn't know how to handle. */
        ImageToPromptInternalServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["InternalServerErrorMessage"];
            };
        };
        /** @description Service Unavailable */
        ImageToPromptServiceUnavailable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ServiceUnavailableMessage"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    get_all_image_to_prompt_tasks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK - The list of tasks is returned */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["TaskStatus"][];
                    };
                };
            };
            400: components["responses"]["ImageToPromptBadRequest"];
            401: components["responses"]["ImageToPromptUnauthorized"];
            500: components["responses"]["ImageToPromptInternalServerError"];
            503: components["responses"]["ImageToPromptServiceUnavailable"];
        };
    };
    create_image_to_prompt_task: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImageToPromptRequest"];
            };
        };
        responses: {
            /** @description OK - The task exists and the status is returned */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImageToPromptTaskResponse"];
                };
            };
            /** @description Bad Request - The server could not understand the request due to invalid syntax. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorMessage"];
                    "application/problem+json": components["schemas"]["ValidationProblem"];
                };
            };
            /** @description Unauthorized - The client must authenticate itself to get the requested response. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorMessage"];
                };
            };
            /** @description Internal Server Error - The server has encountered a situation it doesn't know how to handle. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InternalServerErrorMessage"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailableMessage"];
                };
            };
        };
    };
    get_image_to_prompt_task: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the task
                 * @example 046b6c7f-0b8a-43b9-b35d-6489e6daee91
                 */
                "task-id": string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK - The task exists and the status is returned */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImageToPromptTaskResponse"];
                };
            };
            400: components["responses"]["ImageToPromptBadRequest"];
            401: components["responses"]["ImageToPromptUnauthorized"];
            500: components["responses"]["ImageToPromptInternalServerError"];
            503: components["responses"]["ImageToPromptServiceUnavailable"];
        };
    };
}
