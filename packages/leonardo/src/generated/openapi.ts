export interface paths {
    "/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get user information
         * @description This endpoint will return your user information such as your user id, username, token renewal date and current amounts of the following: subscription tokens, gpt (prompt generation) tokens, and model training tokens
         */
        get: operations["getUserSelf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/generations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a Generation of Images
         * @description This endpoint will generate images
         */
        post: operations["createGeneration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/generations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a Single Generation
         * @description This endpoint will provide information about a specific generation
         */
        get: operations["getGenerationById"];
        put?: never;
        post?: never;
        /**
         * Delete a Single Generation
         * @description This endpoint deletes a specific generation
         */
        delete: operations["deleteGenerationById"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/generations/user/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get generations by user ID
         * @description This endpoint returns all generations by a specific user
         */
        get: operations["getGenerationsByUserId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/generations-motion-svd": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create SVD Motion Generation
         * @description This endpoint will generate a SVD motion generation.
         */
        post: operations["createSVDMotionGeneration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/generations-image-to-video": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a video generation from an image
         * @description This endpoint will generate a video using an uploaded or generated image.
         */
        post: operations["createImageToVideoGeneration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/generations-text-to-video": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a video generation from a text prompt
         * @description This endpoint will generate a video using a text prompt
         */
        post: operations["createTextToVideoGeneration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/generations-lcm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create LCM Generation
         * @description This endpoint will generate a LCM image generation.
         */
        post: operations["createLCMGeneration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/lcm-instant-refine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Perform instant refine on a LCM image
         * @description This endpoint will perform instant refine on a LCM image
         */
        post: operations["performInstantRefine"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/lcm-inpainting": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Perform inpainting on a LCM image
         * @description This endpoint will perform a inpainting on a LCM image
         */
        post: operations["performInpaintingLCM"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/lcm-upscale": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Perform Alchemy Upscale on a LCM image
         * @description This endpoint will perform Alchemy Upscale on a LCM image
         */
        post: operations["performAlchemyUpscaleLCM"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/models-3d/upload": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload 3D Model
         * @description This endpoint returns presigned details to upload a 3D model to S3
         */
        post: operations["uploadModelAsset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/models-3d/user/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get 3D models by user ID
         * @description This endpoint returns all 3D models by a specific user
         */
        get: operations["get3DModelsByUserId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/models-3d/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get 3D Model by ID
         * @description This endpoint gets the specific 3D model
         */
        get: operations["get3DModelById"];
        put?: never;
        post?: never;
        /**
         * Delete 3D Model by ID
         * @description This endpoint deletes the specific 3D Model
         */
        delete: operations["delete3DModelById"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/init-image": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload init image
         * @description This endpoint returns presigned details to upload an init image to S3
         */
        post: operations["uploadInitImage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/media": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload media
         * @description This endpoint returns presigned details to upload a media file to S3
         */
        post: operations["uploadMedia"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/media/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get uploaded media
         * @description This endpoint returns details of an uploaded media record
         */
        get: operations["getUploadedMediaById"];
        put?: never;
        post?: never;
        /**
         * Delete uploaded media
         * @description This endpoint deletes an uploaded media record and removes the associated file from S3
         */
        delete: operations["deleteUploadedMediaById"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/init-image/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get single init image
         * @description This endpoint will return a single init image
         */
        get: operations["getInitImageById"];
        put?: never;
        post?: never;
        /**
         * Delete init image
         * @description This endpoint deletes an init image
         */
        delete: operations["deleteInitImageById"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/canvas-init-image": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload Canvas Editor init and mask image
         * @description This endpoint returns presigned details to upload an init image and a mask image to S3
         */
        post: operations["uploadCanvasInitImage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/variations/unzoom": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create unzoom
         * @description This endpoint will create an unzoom variation for the provided image ID
         */
        post: operations["createVariationUnzoom"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/variations/upscale": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create upscale
         * @description This endpoint will create an upscale for the provided image ID
         */
        post: operations["createVariationUpscale"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/variations/nobg": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create no background
         * @description This endpoint will create a no background variation of the provided image ID
         */
        post: operations["createVariationNoBG"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/variations/universal-upscaler": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create using Universal Upscaler
         * @description This endpoint will create a high resolution image using Universal Upscaler
         */
        post: operations["CreateUniversalUpscalerJob"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/variations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get variation by ID
         * @description This endpoint will get the variation by ID
         */
        get: operations["getVariationById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/motion-variations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get motion variation by ID
         * @description This endpoint will get the motion variation by ID
         */
        get: operations["getMotionVariationById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/datasets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a Dataset
         * @description This endpoint creates a new dataset
         */
        post: operations["createDataset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/datasets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a Single Dataset by ID
         * @description This endpoint gets the specific dataset
         */
        get: operations["getDatasetById"];
        put?: never;
        post?: never;
        /**
         * Delete a Single Dataset by ID
         * @description This endpoint deletes the specific dataset
         */
        delete: operations["deleteDatasetById"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/datasets/{datasetId}/upload": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload dataset image
         * @description This endpoint returns presigned details to upload a dataset image to S3
         */
        post: operations["uploadDatasetImage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/datasets/{datasetId}/upload/gen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload a Single Generated Image to a Dataset
         * @description This endpoint will upload a previously generated image to the dataset
         */
        post: operations["uploadDatasetImageFromGen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/models": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Train a Custom Model
         * @description This endpoint will train a new custom model
         */
        post: operations["createModel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/models/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a Single Custom Model by ID
         * @description This endpoint gets the specific custom model
         */
        get: operations["getModelById"];
        put?: never;
        post?: never;
        /**
         * Delete a Single Custom Model by ID
         * @description This endpoint will delete a specific custom model
         */
        delete: operations["deleteModelById"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/models/user/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of Custom Models by User ID
         * @description This endpoint gets the list of custom models belongs to the user.
         */
        get: operations["getCustomModelsByUserId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/platformModels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Platform Models
         * @description Get a list of public Platform Models available for use with generations.
         */
        get: operations["listPlatformModels"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/elements/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a Single Custom Element by ID
         * @description This endpoint gets the specific custom element.
         */
        get: operations["getElementById"];
        put?: never;
        post?: never;
        /**
         * Delete a Single Custom Element by ID
         * @description This endpoint will delete a specific custom model.
         */
        delete: operations["deleteElementById"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/elements/user/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of Custom Elements by User ID
         * @description This endpoint gets the list of custom elements belongs to the user.
         */
        get: operations["getCustomElementsByUserId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/elements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Elements
         * @description Get a list of public Elements available for use with generations.
         */
        get: operations["listElements"];
        put?: never;
        /**
         * Train a Custom Element
         * @description This endpoint will train a new custom element.
         */
        post: operations["createElement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/prompt/random": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate a Random prompt
         * @description This endpoint returns a random prompt
         */
        post: operations["promptRandom"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/prompt/improve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Improve a Prompt
         * @description This endpoint returns a improved prompt
         */
        post: operations["promptImprove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pricing-calculator": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Calculating API Cost
         * @description This endpoint returns the cost used for generating images using a particular service type.
         */
        post: operations["pricingCalculator"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/blueprints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Blueprints
         * @description Returns a list of Blueprints. Use either forward pagination (first/after) or backward pagination (last/before), but not both. Note: This endpoint uses a request body to support complex filtering parameters
         */
        get: operations["listBlueprints"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/blueprints/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Blueprint by ID
         * @description Returns a single Blueprint by its akUUID
         */
        get: operations["getBlueprintById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/blueprints/{id}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Blueprint Versions by Blueprint ID
         * @description Returns all versions of a Blueprint by its akUUID
         */
        get: operations["getBlueprintVersionsByBlueprintId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/blueprint-executions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Execute a Blueprint
         * @description Execute a Blueprint Version with custom node inputs. This endpoint triggers the execution of the specified Blueprint Version and returns a Blueprint Execution ID to track the job.
         */
        post: operations["executeBlueprint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/blueprint-executions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Blueprint Execution by ID
         * @description Retrieves details of a specific Blueprint Execution by its akUUID
         */
        get: operations["getBlueprintExecution"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/blueprint-executions/{id}/generations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Blueprint Execution Generations by Execution ID
         * @description Retrieves paginated generations for a specific Blueprint Execution, including their statuses and any prompt moderation failure details.
         */
        get: operations["getBlueprintExecutionGenerations"];
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
        /**
         * Cost
         * @description The cost of the operation.
         */
        Cost: {
            /** @description The amount of the cost. */
            amount?: string;
            /**
             * @description The unit of the cost. Can be CREDITS or DOLLARS. Note: DOLLARS unit only supports PAYG plan.
             * @enum {string}
             */
            unit?: "CREDITS" | "DOLLARS";
        } | null;
        /**
         * Cursor
         * @description An opaque cursor used for pagination
         */
        Cursor: string;
        /**
         * Blueprint
         * @description A Blueprint object
         */
        Blueprint: {
            /**
             * @description Unique identifier for the Blueprint
             * @example c846413e-92ba-4302-84f8-47c667d4761f
             */
            akUUID?: string;
            /**
             * Format: date-time
             * @description Creation timestamp
             * @example 2025-10-29T21:31:47.999Z
             */
            createdAt?: string;
            /**
             * Format: date-time
             * @description Last update timestamp
             * @example 2025-12-19T02:34:44.740Z
             */
            updatedAt?: string;
            /**
             * @description Name of the Blueprint
             * @example Golden Hour Relight
             */
            name?: string;
            /**
             * @description Description of the Blueprint
             * @example Relight an image with warm, golden tones of late afternoon sunlight for a soft and radiant glow.
             */
            description?: string;
            thumbnails?: {
                /**
                 * @description Thumbnail type name (e.g., thumbnailUrl, videoUrl, thumbnailUrlBanner, thumbnailUrlLandscape, thumbnailUrlExtremePortrait)
                 * @example thumbnailUrl
                 */
                name?: string;
                /**
                 * @description URL of the thumbnail
                 * @example https://cdn.leonardo.ai/blueprint_assets/official/384ab5c8-55d8-47a1-be22-6a274913c324/thumbnails/goldenhour.jpg
                 */
                url?: string;
            }[];
            /**
             * @description Team ID if Blueprint belongs to a team
             * @example null
             */
            teamId?: string | null;
            /**
             * @description Whether this is an official Blueprint
             * @example true
             */
            official?: boolean;
        };
        /**
         * BlueprintVersion
         * @description A Blueprint Version object
         */
        BlueprintVersion: {
            edges?: {
                /** @example eyJjcmVhdGVkQXQiOiIyMDI1LTExLTI3VDA1OjEzOjIxLjg5NloiLCJha1VVSUQiOiI5NTZlOTU2NC0xOWY3LTQ5NjgtYjU2ZC0wNWMyYzU2NzcyNmYifQ== */
                cursor?: string;
                node?: {
                    /**
                     * Format: uuid
                     * @example 956e9564-19f7-4968-b56d-05c2c567726f
                     */
                    akUUID?: string;
                    /**
                     * Format: date-time
                     * @example 2025-11-27T05:13:21.896Z
                     */
                    createdAt?: string;
                    /**
                     * Format: date-time
                     * @example 2025-11-27T05:13:21.896Z
                     */
                    updatedAt?: string;
                    /** @example 160 */
                    cost?: number;
                    uiMetadata?: {
                        inputs?: Record<string, unknown>[];
                        outputs?: Record<string, unknown>[];
                    };
                    /** @example 21 */
                    uiMetadataSchemaVersion?: string;
                    models?: string[];
                    executability?: {
                        /** @example true */
                        isExecutable?: boolean;
                        reasons?: {
                            /** @example gemini-2.5-flash-image */
                            models?: string;
                        }[];
                    };
                };
            }[];
            /** @example 2 */
            totalCount?: number;
            pageInfo?: {
                /** @example false */
                hasNextPage?: boolean;
                /** @example false */
                hasPreviousPage?: boolean;
                /** @example eyJjcmVhdGVkQXQiOiIyMDI1LTExLTI3VDA1OjEzOjIxLjg5NloiLCJha1VVSUQiOiI5NTZlOTU2NC0xOWY3LTQ5NjgtYjU2ZC0wNWMyYzU2NzcyNmYifQ== */
                startCursor?: string;
                /** @example eyJjcmVhdGVkQXQiOiIyMDI1LTExLTI3VDA1OjEzOjIxLjg5NloiLCJha1VVSUQiOiI5NTZlOTU2NC0xOWY3LTQ5NjgtYjU2ZC0wNWMyYzU2NzcyNmYifQ== */
                endCursor?: string;
            };
        };
        /**
         * NodeInput
         * @description A node input object for customizing a Blueprint Execution
         */
        NodeInput: {
            /**
             * Format: uuid
             * @description The ID of the node in the Blueprint
             * @example a1b2c3d4-e5f6-7890-abcd-ef1234567890
             */
            nodeId: string;
            /**
             * @description The type of setting to replace:
             *     - `text`: Direct text replacement (value is a string)
             *     - `imageUrl`: Image URL input (value is a URL string)
             *     - `textVariables`: Text with placeholder variables (value is an array of TextVariable)
             * @example text
             * @enum {string}
             */
            settingName: "text" | "imageUrl" | "textVariables";
            /**
             * @description The replacement value. Type depends on settingName:
             *     - `text`: string (the full text)
             *     - `imageUrl`: string (the image URL)
             *     - `textVariables`: array of TextVariable objects
             * @example A futuristic cityscape at sunset
             */
            value: string | components["schemas"]["TextVariable"][];
        };
        /**
         * TextVariable
         * @description A text variable for replacing placeholders in Blueprint templates
         */
        TextVariable: {
            /**
             * @description The name of the placeholder variable (without curly braces)
             * @example characterName
             */
            name: string;
            /**
             * @description The value to replace the placeholder with
             * @example Luna
             */
            value: string;
        };
        /**
         * ApiError
         * @description API error response structure
         */
        ApiError: {
            /** @description Error message */
            message: string;
            /** @description Path to the field that caused the error */
            path?: string[];
            /** @description Location information for the error */
            locations?: {
                column?: number;
                line?: number;
            }[];
            /** @description Additional error details and context */
            extensions?: Record<string, unknown>;
        };
        /**
         * Int
         * @deprecated
         * @description API credits cost, available for Production API users. Note: it will be deprecated. Please use the cost instead.
         */
        ApiCreditCost: number | null;
        /**
         * Boolean
         * @description If it is a variation image.
         */
        IsVariation: boolean | null;
        /**
         * Boolean
         * @description If it is an init image uploaded by the user. This image is uploaded from endpoint: Upload init image.
         */
        IsInitImage: boolean | null;
        /**
         * Boolean
         * @description If it is an image to video generation.
         */
        ImageToVideo: boolean | null;
        /**
         * sd_versions
         * @description The base version of stable diffusion to use if not using a custom model. v1_5 is 1.5, v2 is 2.1, if not specified it will default to v1_5. Also includes SDXL and SDXL Lightning models
         * @enum {string}
         */
        SdVersions: "v1_5" | "v2" | "v3" | "SDXL_0_8" | "SDXL_0_9" | "SDXL_1_0" | "SDXL_LIGHTNING" | "PHOENIX" | "FLUX" | "FLUX_DEV" | "KINO_2_0";
        Lora: {
            /** @description Unique identifier for the element. Elements can be found from the List Elements endpoint. */
            akUUID?: string | null;
            /** @description Name of the creator of the element */
            creatorName?: string | null;
            /** @description Name of the element */
            name?: string | null;
            /** @description Description for the element */
            description?: string | null;
            /** @description URL of the element image */
            urlImage?: string | null;
            /** @description Base model version for the element */
            baseModel?: string | null;
            /** @description Default weight for the element */
            weightDefault?: number | null;
            /** @description Minimum weight for the element */
            weightMin?: number | null;
            /** @description Maximum weight for the element */
            weightMax?: number | null;
            /** @description Type name for introspection purposes */
            __typename?: string;
        };
        /**
         * Boolean
         * @description If generation is of motion type.
         */
        Motion: boolean | null;
        /**
         * String
         * @description The name of the motion model.
         */
        MotionModel: string | null;
        /**
         * String
         * @description The URL of the motion MP4.
         */
        MotionMP4URL: string | null;
        /**
         * Int
         * @description The motion strength.
         */
        MotionStrength: number | null;
        /**
         * Boolean
         * @description Whether the generation is public or not
         */
        Public: boolean | null;
        /**
         * strength
         * @description When training using the PIXEL_ART model type, this influences the training strength.
         * @default MEDIUM
         * @enum {string}
         */
        Strength: "VERY_LOW" | "LOW" | "MEDIUM" | "HIGH";
        /**
         * job_status
         * @description The status of the current task.
         * @enum {string}
         */
        JobStatus: "PENDING" | "COMPLETE" | "FAILED";
        /**
         * BlueprintExecutionStatus
         * @description The status of a Blueprint Execution.
         * @enum {string}
         */
        BlueprintExecutionStatus: "PENDING" | "QUEUED" | "COMPLETED" | "FAILED";
        /**
         * BlueprintExecution
         * @description Represents the Execution of a Blueprint Version
         */
        BlueprintExecution: {
            akUUID: components["schemas"]["Uuid"] & string;
            /** @description Status of the Blueprint Execution */
            status: components["schemas"]["BlueprintExecutionStatus"];
            /** @description Inputs of the Blueprint Execution */
            inputs: components["schemas"]["NodeInput"][];
            public: components["schemas"]["Public"] & boolean;
            /** @description Created date of the Blueprint Execution */
            createdAt: components["schemas"]["Timestamp"];
        };
        /**
         * BlueprintExecutionGenerationsConnection
         * @description A paginated connection of Blueprint Execution Generations
         */
        BlueprintExecutionGenerationsConnection: {
            pageInfo: components["schemas"]["PageInfo"];
            /** @description List of generation edges */
            edges: components["schemas"]["BlueprintExecutionGenerationEdge"][];
        };
        /**
         * BlueprintExecutionGenerationEdge
         * @description An edge containing a Blueprint Execution Generation node
         */
        BlueprintExecutionGenerationEdge: {
            /** @description Cursor for this edge, used for pagination */
            cursor: components["schemas"]["Cursor"];
            node: components["schemas"]["BlueprintExecutionGeneration"];
        };
        /**
         * BlueprintExecutionGeneration
         * @description Represents a single generation within a Blueprint Execution
         */
        BlueprintExecutionGeneration: {
            akUUID: components["schemas"]["Uuid"] & string;
            /** @description Status of the generation */
            status: components["schemas"]["BlueprintExecutionGenerationStatus"];
            /**
             * @description The generation ID associated with this execution generation
             * @example 1f0bba44-923a-69b0-b519-62a6710d46a9
             */
            generationId: string;
            /** @description Details about why the generation failed, specifically for prompt moderation failures */
            failedReason?: components["schemas"]["PromptModerationFailureReason"];
        };
        /**
         * BlueprintExecutionGenerationStatus
         * @description The status of a Blueprint Execution Generation
         * @enum {string}
         */
        BlueprintExecutionGenerationStatus: "PENDING" | "COMPLETED" | "FAILED";
        /**
         * PromptModerationFailureReason
         * @description Details about a generation failure due to prompt moderation
         */
        PromptModerationFailureReason: {
            /**
             * @description The type of failure - PROMPT_MODERATION_BLOCKED indicates the prompt was blocked by content moderation
             * @example PROMPT_MODERATION_BLOCKED
             * @enum {string}
             */
            type: "PROMPT_MODERATION_BLOCKED";
            /**
             * @description Human-readable message describing the failure
             * @example Generation blocked due to prompt moderation
             */
            message: string;
            /**
             * @description Number of outputs affected by this failure
             * @example 1
             */
            affectedOutputCount: number;
        } | null;
        /**
         * custom_model_type
         * @description The category the most accurately reflects the model.
         * @default GENERAL
         * @enum {string}
         */
        CustomModelType: "GENERAL" | "BUILDINGS" | "CHARACTERS" | "ENVIRONMENTS" | "FASHION" | "ILLUSTRATIONS" | "GAME_ITEMS" | "GRAPHICAL_ELEMENTS" | "PHOTOGRAPHY" | "PIXEL_ART" | "PRODUCT_DESIGN" | "TEXTURES" | "UI_ELEMENTS" | "VECTOR";
        /**
         * sd_generation_schedulers
         * @description The scheduler to generate images with. Defaults to EULER_DISCRETE if not specified.
         * @enum {string}
         */
        SdGenerationSchedulers: "KLMS" | "EULER_ANCESTRAL_DISCRETE" | "EULER_DISCRETE" | "DDIM" | "DPM_SOLVER" | "PNDM" | "LEONARDO";
        /**
         * VARIATION_TYPE
         * @description The type of variation.
         * @enum {string}
         */
        VARIATIONTYPE: "OUTPAINT" | "INPAINT" | "UPSCALE" | "UNZOOM" | "NOBG";
        /**
         * MOTION_VARIATION_TYPE
         * @description The type of motion variation.
         * @enum {string}
         */
        MOTIONVARIATIONTYPE: "UPSCALE";
        /**
         * MOTION_RESOLUTION
         * @description The resolution of the upscaled video. RESOLUTION_720 is the only option for now.
         * @enum {string}
         */
        MOTIONRESOLUTION: "RESOLUTION_720";
        /** timestamp */
        Timestamp: string;
        /** controlnet_input */
        ControlnetInput: {
            /**
             * String
             * @description The ID of the init image
             */
            initImageId?: string;
            /**
             * @description Type indicating whether the init image is uploaded or generated.
             * @enum {string}
             */
            initImageType?: "GENERATED" | "UPLOADED";
            /**
             * numeric
             * @description ID of the controlnet. A list of compatible IDs can be found in our guides.
             */
            preprocessorId?: number;
            /**
             * Float
             * @description Weight for the controlnet
             */
            weight?: number | null;
            /**
             * @description Strength type for the controlnet. Can only be used for Style, Character and Content Reference controlnets.
             * @enum {string|null}
             */
            strengthType?: "Low" | "Mid" | "High" | "Ultra" | "Max" | null;
        };
        /** element_input */
        ElementInput: {
            /**
             * String
             * @description Unique identifier for element. Elements can be found from the List Elements endpoint.
             */
            akUUID: string;
            /**
             * Float
             * @description Weight for the element
             * @default 1
             */
            weight?: number | null;
        };
        /** user_elements_input */
        UserElementsInput: {
            /**
             * Int
             * @description Unique identifier for user custom element.
             */
            userLoraId?: number | null;
            /**
             * Float
             * @description Weight for the element
             */
            weight?: number | null;
        };
        /** float8 */
        Float8: number | null;
        /** numeric */
        Numeric: number | null;
        /** bigint */
        Bigint: number | null;
        /**
         * seed
         * @description Apply a fixed seed to maintain consistency across generation sets. The maximum seed value is 2147483637 for Flux and 9999999998 for other models
         */
        Seed: number | null;
        /**
         * sd_generation_style
         * @description The style to generate images with. When photoReal is enabled, refer to the Guide section for a full list. When alchemy is disabled, use LEONARDO or NONE. When alchemy is enabled, use ANIME, CREATIVE, DYNAMIC, ENVIRONMENT, GENERAL, ILLUSTRATION, PHOTOGRAPHY, RAYTRACED, RENDER_3D, SKETCH_BW, SKETCH_COLOR, or NONE.
         * @default DYNAMIC
         * @enum {string|null}
         */
        SdGenerationStyle: "ANIME" | "BOKEH" | "CINEMATIC" | "CINEMATIC_CLOSEUP" | "CREATIVE" | "DYNAMIC" | "ENVIRONMENT" | "FASHION" | "FILM" | "FOOD" | "GENERAL" | "HDR" | "ILLUSTRATION" | "LEONARDO" | "LONG_EXPOSURE" | "MACRO" | "MINIMALISTIC" | "MONOCHROME" | "MOODY" | "NONE" | "NEUTRAL" | "PHOTOGRAPHY" | "PORTRAIT" | "RAYTRACED" | "RENDER_3D" | "RETRO" | "SKETCH_BW" | "SKETCH_COLOR" | "STOCK_PHOTO" | "VIBRANT" | "UNPROCESSED" | null;
        /**
         * lcm_generation_style
         * @description The style to generate LCM images with.
         * @enum {string|null}
         */
        LcmGenerationStyle: "ANIME" | "CINEMATIC" | "DIGITAL_ART" | "DYNAMIC" | "ENVIRONMENT" | "FANTASY_ART" | "ILLUSTRATION" | "PHOTOGRAPHY" | "RENDER_3D" | "RAYTRACED" | "SKETCH_BW" | "SKETCH_COLOR" | "VIBRANT" | "NONE" | null;
        /**
         * universal_upscaler_style
         * @description The style to upscale images using universal upscaler with. Can not be used with ultraUpscaleStyle.
         * @default GENERAL
         * @enum {string|null}
         */
        UniversalUpscalerStyle: "GENERAL" | "CINEMATIC" | "2D ART & ILLUSTRATION" | "CG ART & GAME ASSETS" | null;
        /**
         * universal_upscaler_ultra_style
         * @description The ultra style to upscale images using universal upscaler with. Can not be used with upscalerStyle.
         * @enum {string|null}
         */
        UniversalUpscalerUltraStyle: "ARTISTIC" | "REALISTIC" | null;
        /**
         * controlnet_type
         * @deprecated
         * @description This parameter will be deprecated in September 2024. Please use the controlnets array instead.
         * @enum {string}
         */
        ControlnetType: "POSE" | "CANNY" | "DEPTH";
        /** uuid */
        Uuid: string | null;
        /**
         * Boolean
         * @description Enable the photoReal feature. Requires enabling alchemy and unspecifying modelId (for photoRealVersion V1).
         */
        PhotoRealArg: boolean | null;
        /**
         * String
         * @description The version of photoReal to use. Must be v1 or v2.
         */
        PhotoRealVersion: string | null;
        /**
         * Boolean
         * @description If photoReal feature was used.
         */
        PhotoRealRes: boolean | null;
        /**
         * Float
         * @description Depth of field of photoReal. Must be 0.55 for low, 0.5 for medium, or 0.45 for high. Defaults to 0.55 if not specified.
         */
        PhotoRealStrengthArg: number | null;
        /**
         * Float
         * @description Depth of field of photoReal used. 0.55 is low, 0.5 is medium, and 0.45 is high. Default is 0.55.
         */
        PhotoRealStrengthRes: number | null;
        /**
         * Boolean
         * @description Enable to use Prompt Magic.
         */
        PromptMagicArg: boolean | null;
        /**
         * Boolean
         * @description If prompt magic was used.
         */
        PromptMagicRes: boolean | null;
        /**
         * String
         * @description Prompt magic version v2 or v3, for use when promptMagic: true
         */
        PromptMagicVersionArg: string | null;
        /**
         * String
         * @description Version of prompt magic used.
         */
        PromptMagicVersionRes: string | null;
        /**
         * Float
         * @description Strength of prompt magic. Must be a float between 0.1 and 1.0
         */
        PromptMagicStrengthArg: number | null;
        /**
         * Float
         * @description Strength of prompt magic used.
         */
        PromptMagicStrengthRes: number | null;
        /**
         * pricingCalculatorServices
         * @description The services to be chosen for calculating the API credit cost.
         * @enum {string}
         */
        PricingCalculatorServices: "IMAGE_GENERATION" | "FANTASY_AVATAR_GENERATION" | "MOTION_SVD_GENERATION" | "MOTION_VIDEO_GENERATION" | "VEO3_MOTION_VIDEO_GENERATION" | "LCM_GENERATION" | "MODEL_TRAINING" | "TEXTURE_GENERATION" | "UNIVERSAL_UPSCALER" | "UNIVERSAL_UPSCALER_ULTRA";
        /**
         * Int
         * @description The input height of the images. Must be between 32 and 1024 and be a multiple of 8. Note: Input resolution is not always the same as output resolution due to upscaling from other features
         */
        ImageHeight: number;
        /**
         * Int
         * @description The number of images to generate. Must be between 1 and 8. If either width or height is over 768, must be between 1 and 4.
         */
        NumImages: number;
        /**
         * canvasRequestType
         * @description The type of request for the Canvas Editor.
         * @enum {string|null}
         */
        CanvasRequestType: "INPAINT" | "OUTPAINT" | "SKETCH2IMG" | "IMG2IMG" | null;
        /**
         * Boolean
         * @description If ultra generation mode was used.
         */
        SdGenerationUltra: boolean | null;
        /**
         * PageInfo
         * @description Pagination information following the Relay cursor pagination spec
         */
        PageInfo: {
            /** @description Whether there is a next page */
            hasNextPage?: boolean;
            /** @description Whether there is a previous page */
            hasPreviousPage?: boolean;
            /** @description Cursor for the first item in the result set */
            startCursor?: string | null;
            /** @description Cursor for the last item in the result set */
            endCursor?: string | null;
        };
        /** @description Total number of results available */
        TotalCount: number;
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getUserSelf: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Responses for GET /me */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        user_details?: {
                            /**
                             * users
                             * @description columns and relationships of "users"
                             */
                            user?: {
                                id?: components["schemas"]["Uuid"];
                                /**
                                 * String
                                 * @description Username of the user.
                                 */
                                username?: string | null;
                            } | null;
                            /**
                             * timestamp
                             * @description User Plan Token Renewal Date.
                             */
                            tokenRenewalDate?: string | null;
                            /**
                             * Int
                             * @description Current balance of paid tokens the user has.
                             */
                            paidTokens?: number | null;
                            /**
                             * Int
                             * @description Current balance of user plan subscription tokens the user has.
                             */
                            subscriptionTokens?: number;
                            /**
                             * Int
                             * @description Current balance of user plan GPT tokens the user has.
                             */
                            subscriptionGptTokens?: number;
                            /**
                             * Int
                             * @description Current balance of model training tokens the user has.
                             */
                            subscriptionModelTokens?: number;
                            /**
                             * Int
                             * @description API Concurrency Slots.
                             */
                            apiConcurrencySlots?: number;
                            /**
                             * Int
                             * @description Current balance of API paid tokens the user has.
                             */
                            apiPaidTokens?: number | null;
                            /**
                             * Int
                             * @description Current balance of Enterprise API subscriptions tokens the user has.
                             */
                            apiSubscriptionTokens?: number;
                            /**
                             * timestamp
                             * @description API Plan Token Renewal Date.
                             */
                            apiPlanTokenRenewalDate?: string | null;
                        }[];
                    };
                };
            };
        };
    };
    createGeneration: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Query parameters to be provided in the request body as a JSON object */
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Boolean
                     * @description Enable to use Alchemy. Note: The appropriate Alchemy version is selected for the specified model. For example, XL models will use Alchemy V2.
                     * @default true
                     */
                    alchemy?: boolean | null;
                    /**
                     * Float
                     * @description Contrast Ratio to use with Alchemy. Must be a float between 0 and 1 inclusive.
                     */
                    contrastRatio?: number | null;
                    /**
                     * Float
                     * @description Adjusts the contrast level of the generated image. Used in Phoenix and Flux models. Accepts values [1.0, 1.3, 1.8, 2.5, 3, 3.5, 4, 4.5]. For Phoenix, if alchemy is true, contrast needs to be 2.5 or higher.
                     * @example 3.5
                     */
                    contrast?: number | null;
                    controlnets?: components["schemas"]["ControlnetInput"][] | null;
                    elements?: components["schemas"]["ElementInput"][] | null;
                    userElements?: components["schemas"]["UserElementsInput"][] | null;
                    /**
                     * Boolean
                     * @description Enable to use the Expanded Domain feature of Alchemy.
                     */
                    expandedDomain?: boolean | null;
                    /**
                     * Boolean
                     * @description Enable to use the Fantasy Avatar feature.
                     */
                    fantasyAvatar?: boolean | null;
                    /**
                     * Float
                     * @description How strongly the generation should reflect the prompt. 7 is recommended. Must be between 1 and 20.
                     */
                    guidance_scale?: number | null;
                    /**
                     * Int
                     * @description The input height of the images. Must be between 32 and 1536 and be a multiple of 8. Note: Input resolution is not always the same as output resolution due to upscaling from other features.
                     * @default 768
                     */
                    height?: number | null;
                    /**
                     * Boolean
                     * @description Enable to use the High Contrast feature of Prompt Magic. Note: Controls RAW mode. Set to false to enable RAW mode.
                     */
                    highContrast?: boolean | null;
                    /**
                     * Boolean
                     * @description Enable to use the High Resolution feature of Prompt Magic.
                     */
                    highResolution?: boolean | null;
                    imagePrompts?: (string | null)[] | null;
                    /** Float */
                    imagePromptWeight?: number | null;
                    /**
                     * String
                     * @description The ID of an existing image to use in image2image.
                     */
                    init_generation_image_id?: string | null;
                    /**
                     * String
                     * @description The ID of an Init Image to use in image2image.
                     */
                    init_image_id?: string | null;
                    /**
                     * Float
                     * @description How strongly the generated images should reflect the original image in image2image. Must be a float between 0.1 and 0.9.
                     */
                    init_strength?: number | null;
                    /**
                     * String
                     * @description The model ID used for image generation. If not provided, uses sd_version to determine the version of Stable Diffusion to use. In-app, model IDs are under the Finetune Models menu. Click on the platform model or your custom model, then click View More. For platform models, you can also use the List Platform Models API.
                     * @default b24e16ff-06e3-43eb-8d33-4416c2d75876
                     */
                    modelId?: string | null;
                    /**
                     * String
                     * @description The negative prompt used for the image generation
                     */
                    negative_prompt?: string | null;
                    /**
                     * Int
                     * @description The number of images to generate. Must be between 1 and 8. If either width or height is over 768, must be between 1 and 4.
                     * @default 4
                     */
                    num_images?: number | null;
                    /**
                     * Int
                     * @description The Step Count to use for the generation. Must be between 10 and 60. Default is 15.
                     */
                    num_inference_steps?: number | null;
                    photoReal?: components["schemas"]["PhotoRealArg"];
                    photoRealVersion?: components["schemas"]["PhotoRealVersion"];
                    photoRealStrength?: components["schemas"]["PhotoRealStrengthArg"];
                    presetStyle?: components["schemas"]["SdGenerationStyle"];
                    /**
                     * String
                     * @description The prompt used to generate images
                     * @default A majestic cat in the snow
                     */
                    prompt: string;
                    promptMagic?: components["schemas"]["PromptMagicArg"];
                    promptMagicStrength?: components["schemas"]["PromptMagicStrengthArg"];
                    promptMagicVersion?: components["schemas"]["PromptMagicVersionArg"];
                    /**
                     * Boolean
                     * @description Whether the generated images should show in the community feed.
                     */
                    public?: boolean | null;
                    scheduler?: components["schemas"]["SdGenerationSchedulers"];
                    sd_version?: components["schemas"]["SdVersions"];
                    seed?: components["schemas"]["Seed"];
                    /**
                     * Boolean
                     * @description Whether the generated images should tile on all axis.
                     */
                    tiling?: boolean | null;
                    /**
                     * TransparencyType
                     * @description Which type of transparency this image should use
                     * @enum {string|null}
                     */
                    transparency?: "disabled" | "foreground_only" | null;
                    /**
                     * Boolean
                     * @description Enable to use Ultra mode. Note: can not be used with Alchemy.
                     */
                    ultra?: boolean | null;
                    /**
                     * Boolean
                     * @description Whether the generated images should be unzoomed (requires unzoomAmount and init_image_id to be set).
                     */
                    unzoom?: boolean | null;
                    /**
                     * Float
                     * @description How much the image should be unzoomed (requires an init_image_id and unzoom to be set to true).
                     */
                    unzoomAmount?: number | null;
                    /**
                     * Float
                     * @description How much the image should be upscaled. (Enterprise Only)
                     */
                    upscaleRatio?: number | null;
                    /**
                     * Int
                     * @description The input width of the images. Must be between 32 and 1536 and be a multiple of 8. Note: Input resolution is not always the same as output resolution due to upscaling from other features.
                     * @default 1024
                     */
                    width?: number | null;
                    /**
                     * Boolean
                     * @deprecated
                     * @description This parameter will be deprecated in September 2024. Please use the controlnets array instead.
                     */
                    controlNet?: boolean | null;
                    /** @deprecated */
                    controlNetType?: components["schemas"]["ControlnetType"];
                    /**
                     * Float
                     * @deprecated
                     * @description This parameter will be deprecated in September 2024. Please use the controlnets array instead.
                     */
                    weighting?: number | null;
                    /**
                     * Boolean
                     * @description Whether the generation is for the Canvas Editor feature.
                     */
                    canvasRequest?: boolean | null;
                    canvasRequestType?: components["schemas"]["CanvasRequestType"];
                    /**
                     * String
                     * @description The ID of an initial image to use in Canvas Editor request.
                     */
                    canvasInitId?: string | null;
                    /**
                     * String
                     * @description The ID of a mask image to use in Canvas Editor request.
                     */
                    canvasMaskId?: string | null;
                    /**
                     * Boolean
                     * @description When enabled, your prompt is expanded to include more detail.
                     */
                    enhancePrompt?: boolean | null;
                    /**
                     * String
                     * @description When enhancePrompt is enabled, the prompt is enhanced based on the given instructions.
                     */
                    enhancePromptInstruction?: string | null;
                };
            };
        };
        responses: {
            /** @description Responses for POST /generations */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "sdGenerationJob": {
                     *         "generationId": "a1b2c3d4-e5f6-7890-abcd-ef1234567890",
                     *         "apiCreditCost": null,
                     *         "cost": {
                     *           "amount": "0.0147",
                     *           "unit": "DOLLARS"
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** SDGenerationOutput */
                        sdGenerationJob?: {
                            /** String */
                            generationId?: string;
                            /**
                             * @deprecated
                             * @description API Credits Cost for Image Generation. Available for Production API Users. Note: it will be deprecated. Please use the cost instead.
                             */
                            apiCreditCost?: number | null;
                            cost?: components["schemas"]["Cost"];
                        } | null;
                    };
                };
            };
        };
    };
    getGenerationById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the generation to return. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Responses for GET /generations/{id} */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * generations
                         * @description columns and relationships of "generations"
                         */
                        generations_by_pk?: {
                            createdAt?: components["schemas"]["Timestamp"];
                            generated_images?: {
                                generated_image_variation_generics?: {
                                    id?: components["schemas"]["Uuid"];
                                    status?: components["schemas"]["JobStatus"];
                                    transformType?: components["schemas"]["VARIATIONTYPE"];
                                    /** String */
                                    url?: string | null;
                                }[];
                                /**
                                 * Boolean
                                 * @description If fantasyAvatar feature was used.
                                 */
                                fantasyAvatar?: boolean | null;
                                id?: components["schemas"]["Uuid"];
                                imageToVideo?: components["schemas"]["ImageToVideo"];
                                /** Int */
                                likeCount?: number;
                                motion?: components["schemas"]["Motion"];
                                motionModel?: components["schemas"]["MotionModel"];
                                motionMP4URL?: components["schemas"]["MotionMP4URL"];
                                motionStrength?: components["schemas"]["MotionStrength"];
                                /** Boolean */
                                nsfw?: boolean;
                                /** String */
                                url?: string;
                            }[];
                            generation_elements?: {
                                id?: components["schemas"]["Bigint"];
                                /**
                                 * loras
                                 * @description Element used for the generation.
                                 */
                                lora?: {
                                    akUUID?: components["schemas"]["Lora"]["akUUID"];
                                    baseModel?: components["schemas"]["SdVersions"];
                                    description?: components["schemas"]["Lora"]["description"];
                                    name?: components["schemas"]["Lora"]["name"];
                                    urlImage?: components["schemas"]["Lora"]["urlImage"];
                                    weightDefault?: components["schemas"]["Lora"]["weightDefault"];
                                    weightMax?: components["schemas"]["Lora"]["weightMax"];
                                    weightMin?: components["schemas"]["Lora"]["weightMin"];
                                } | null;
                                weightApplied?: components["schemas"]["Numeric"];
                            }[];
                            guidanceScale?: components["schemas"]["Float8"];
                            id?: components["schemas"]["Uuid"];
                            /** Int */
                            imageHeight?: number;
                            /** Int */
                            imageWidth?: number;
                            /** Int */
                            inferenceSteps?: number | null;
                            initStrength?: components["schemas"]["Float8"];
                            modelId?: components["schemas"]["Uuid"];
                            /** String */
                            negativePrompt?: string | null;
                            photoReal?: components["schemas"]["PhotoRealRes"];
                            photoRealStrength?: components["schemas"]["PhotoRealStrengthRes"];
                            presetStyle?: components["schemas"]["SdGenerationStyle"];
                            /** String */
                            prompt?: string;
                            promptMagic?: components["schemas"]["PromptMagicRes"];
                            promptMagicStrength?: components["schemas"]["PromptMagicStrengthRes"];
                            promptMagicVersion?: components["schemas"]["PromptMagicVersionRes"];
                            /** Boolean */
                            public?: boolean;
                            scheduler?: components["schemas"]["SdGenerationSchedulers"];
                            sdVersion?: components["schemas"]["SdVersions"];
                            seed?: components["schemas"]["Seed"];
                            status?: components["schemas"]["JobStatus"];
                            ultra?: components["schemas"]["SdGenerationUltra"];
                        } | null;
                    };
                };
            };
        };
    };
    deleteGenerationById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the generation to delete. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Responses for DELETE /generations/{id} */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * generations
                         * @description columns and relationships of "generations"
                         */
                        delete_generations_by_pk?: {
                            id?: components["schemas"]["Uuid"];
                        } | null;
                    };
                };
            };
        };
    };
    getGenerationsByUserId: {
        parameters: {
            query?: {
                offset?: number;
                limit?: number;
            };
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Responses for GET /generations/user/{userId} */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        generations?: {
                            createdAt?: components["schemas"]["Timestamp"];
                            generated_images?: {
                                generated_image_variation_generics?: {
                                    id?: components["schemas"]["Uuid"];
                                    status?: components["schemas"]["JobStatus"];
                                    transformType?: components["schemas"]["VARIATIONTYPE"];
                                    /** String */
                                    url?: string | null;
                                }[];
                                id?: components["schemas"]["Uuid"];
                                imageToVideo?: components["schemas"]["ImageToVideo"];
                                /** Int */
                                likeCount?: number;
                                motion?: components["schemas"]["Motion"];
                                motionModel?: components["schemas"]["MotionModel"];
                                motionMP4URL?: components["schemas"]["MotionMP4URL"];
                                motionStrength?: components["schemas"]["MotionStrength"];
                                /** Boolean */
                                nsfw?: boolean;
                                /** String */
                                url?: string;
                            }[];
                            generation_elements?: {
                                id?: components["schemas"]["Bigint"];
                                /**
                                 * elements
                                 * @description Element used for the generation.
                                 */
                                lora?: {
                                    akUUID?: components["schemas"]["Lora"]["akUUID"];
                                    baseModel?: components["schemas"]["SdVersions"];
                                    description?: components["schemas"]["Lora"]["description"];
                                    name?: components["schemas"]["Lora"]["name"];
                                    urlImage?: components["schemas"]["Lora"]["urlImage"];
                                    weightDefault?: components["schemas"]["Lora"]["weightDefault"];
                                    weightMax?: components["schemas"]["Lora"]["weightMax"];
                                    weightMin?: components["schemas"]["Lora"]["weightMin"];
                                } | null;
                                weightApplied?: components["schemas"]["Numeric"];
                            }[];
                            guidanceScale?: components["schemas"]["Float8"];
                            id?: components["schemas"]["Uuid"];
                            /** Int */
                            imageHeight?: number;
                            /** Int */
                            imageWidth?: number;
                            /** Int */
                            inferenceSteps?: number | null;
                            initStrength?: components["schemas"]["Float8"];
                            modelId?: components["schemas"]["Uuid"];
                            /** String */
                            negativePrompt?: string | null;
                            photoReal?: components["schemas"]["PhotoRealRes"];
                            photoRealStrength?: components["schemas"]["PhotoRealStrengthRes"];
                            presetStyle?: components["schemas"]["SdGenerationStyle"];
                            /** String */
                            prompt?: string;
                            promptMagic?: components["schemas"]["PromptMagicRes"];
                            promptMagicStrength?: components["schemas"]["PromptMagicStrengthRes"];
                            promptMagicVersion?: components["schemas"]["PromptMagicVersionRes"];
                            /** Boolean */
                            public?: boolean;
                            scheduler?: components["schemas"]["SdGenerationSchedulers"];
                            sdVersion?: components["schemas"]["SdVersions"];
                            seed?: components["schemas"]["Seed"];
                            status?: components["schemas"]["JobStatus"];
                            ultra?: components["schemas"]["SdGenerationUltra"];
                        }[];
                    };
                };
            };
        };
    };
    createSVDMotionGeneration: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Query parameters can also be provided in the request body as a JSON object */
        requestBody?: {
            content: {
                "application/json": {
                    /**
                     * String
                     * @description The ID of the image, supports generated images, variation images, and init images.
                     */
                    imageId: string;
                    isPublic?: components["schemas"]["Public"];
                    isInitImage?: components["schemas"]["IsInitImage"];
                    isVariation?: components["schemas"]["IsVariation"];
                    motionStrength?: components["schemas"]["MotionStrength"];
                };
            };
        };
        responses: {
            /** @description Responses for POST /generations-motion-svd */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "motionSvdGenerationJob": {
                     *         "generationId": "h7i8j9k0-l1m2-n3o4-pqrs-tu6789012345",
                     *         "apiCreditCost": null,
                     *         "cost": {
                     *           "amount": "0.0147",
                     *           "unit": "DOLLARS"
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** MotionSvdGenerationOutput */
                        motionSvdGenerationJob?: {
                            /** String */
                            generationId?: string;
                            apiCreditCost?: components["schemas"]["ApiCreditCost"];
                            cost?: components["schemas"]["Cost"];
                        } | null;
                    };
                };
            };
        };
    };
    createImageToVideoGeneration: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Query parameters can also be provided in the request body as a JSON object */
        requestBody?: {
            content: {
                "application/json": {
                    /**
                     * String
                     * @description The prompt used to generate video
                     */
                    prompt: string;
                    /**
                     * String
                     * @description The ID of the image, supports generated images and init images. Use only image or imageId with imageType.
                     */
                    imageId: string;
                    /**
                     * @description Type indicating whether the init image is uploaded or generated. Use only image or imageId with imageType.
                     * @enum {string}
                     */
                    imageType: "GENERATED" | "UPLOADED";
                    /**
                     * Object
                     * @description The end frame image. Supported only on kling2_1 model when used in conjunction with an init image.
                     */
                    endFrameImage?: {
                        /**
                         * String
                         * @description The ID of the end frame image.
                         */
                        id: string;
                        /**
                         * String
                         * @description Type indicating whether the end frame image is uploaded or generated.
                         * @enum {string}
                         */
                        type: "GENERATED" | "UPLOADED";
                    } | null;
                    /**
                     * String
                     * @description The resolution of the output video. Acceptable values vary based on model
                     * @enum {string|null}
                     */
                    resolution?: "RESOLUTION_480" | "RESOLUTION_720" | "RESOLUTION_1080" | null;
                    /**
                     * String
                     * @description The model to use for the video generation. Defaults to MOTION2 if not specified.
                     * @default MOTION2
                     * @enum {string|null}
                     */
                    model?: "MOTION2" | "VEO3" | "MOTION2FAST" | "VEO3FAST" | "KLING2_1" | "KLING2_5" | null;
                    /**
                     * Boolean
                     * @description Smoothly blend frames for fluid video transitions using Interpolation.
                     */
                    frameInterpolation?: boolean | null;
                    isPublic?: components["schemas"]["Public"];
                    /**
                     * seed
                     * @description Apply a fixed seed to maintain consistency across generation sets. The maximum seed value is 2147483637 for Motion 2.0.
                     */
                    seed?: number | null;
                    /**
                     * String
                     * @description The negative prompt used for the video generation.
                     */
                    negativePrompt?: string | null;
                    /**
                     * Boolean
                     * @description Whether to enhance the prompt.
                     */
                    promptEnhance?: boolean | null;
                    /**
                     * Integer
                     * @description Duration of the output video in seconds. Allowed values: 4, 6, or 8 on models VEO3 and VEO3FAST (default: 8) and 5 or 10 on model KLING2_5 (default: 5).
                     */
                    duration?: number | null;
                    /**
                     * String
                     * @description A natural language instruction used to modify the main prompt. For example, 'make it cinematic', 'add a rainbow', or 'change the subject to a cat'.
                     */
                    promptEnhanceInstruction?: string | null;
                    /**
                     * Array of Strings
                     * @description Predefined styles to enhance the prompt. This accepts a list of style uuids.
                     */
                    styleIds?: string[] | null;
                    /**
                     * Array of Element Inputs
                     * @description An array of elements/loras objects that will be applied sequentially to the output. Elements are only supported for Motion2.0 generations.
                     */
                    elements?: components["schemas"]["ElementInput"][] | null;
                    /**
                     * Integer
                     * @description Height of the output video. Acceptable values vary based on model
                     */
                    height?: number | null;
                    /**
                     * Integer
                     * @description Width of the output video. Acceptable values vary based on model
                     */
                    width?: number | null;
                };
            };
        };
        responses: {
            /** @description Responses for POST /generations-image-to-video */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "motionVideoGenerationJob": {
                     *         "generationId": "i8j9k0l1-m2n3-o4p5-qrst-uv7890123456",
                     *         "apiCreditCost": null,
                     *         "cost": {
                     *           "amount": "0.0147",
                     *           "unit": "DOLLARS"
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** MotionVideoGenerationOutput */
                        motionVideoGenerationJob?: {
                            /** String */
                            generationId?: string;
                            apiCreditCost?: components["schemas"]["ApiCreditCost"];
                            cost?: components["schemas"]["Cost"];
                        } | null;
                    };
                };
            };
        };
    };
    createTextToVideoGeneration: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Query parameters can also be provided in the request body as a JSON object */
        requestBody?: {
            content: {
                "application/json": {
                    /**
                     * String
                     * @description The prompt used to generate video
                     */
                    prompt: string;
                    /**
                     * String
                     * @description The resolution of the output video. Acceptable values vary based on model
                     * @enum {string|null}
                     */
                    resolution?: "RESOLUTION_480" | "RESOLUTION_720" | "RESOLUTION_1080" | null;
                    /**
                     * String
                     * @description The model to use for the video generation. Defaults to MOTION2 if not specified.
                     * @default MOTION2
                     * @enum {string|null}
                     */
                    model?: "MOTION2" | "VEO3" | "MOTION2FAST" | "VEO3FAST" | "KLING2_1" | "KLING2_5" | null;
                    /**
                     * Boolean
                     * @description Smoothly blend frames for fluid video transitions using Interpolation.
                     */
                    frameInterpolation?: boolean | null;
                    isPublic?: components["schemas"]["Public"];
                    /**
                     * seed
                     * @description Apply a fixed seed to maintain consistency across generation sets. The maximum seed value is 2147483637 for Motion 2.0 and 4294967293 for Veo3.
                     */
                    seed?: number | null;
                    /**
                     * String
                     * @description The negative prompt used for the video generation.
                     */
                    negativePrompt?: string | null;
                    /**
                     * Boolean
                     * @description Whether to enhance the prompt.
                     */
                    promptEnhance?: boolean | null;
                    /**
                     * String
                     * @description A natural language instruction used to modify the main prompt. For example, 'make it cinematic', 'add a rainbow', or 'change the subject to a cat'.
                     */
                    promptEnhanceInstruction?: string | null;
                    /**
                     * Array of Strings
                     * @description Predefined styles to enhance the prompt. This accepts a list of style uuids.
                     */
                    styleIds?: string[] | null;
                    /**
                     * Integer
                     * @description Height of the output video. Acceptable values vary based on model
                     */
                    height?: number | null;
                    /**
                     * Integer
                     * @description Width of the output video. Acceptable values vary based on model
                     */
                    width?: number | null;
                    /**
                     * Integer
                     * @description Duration of the output video in seconds. Defaults to 8 seconds if not specified. Allowed values: 4, 6, or 8. Supported on models VEO3 and VEO3FAST.
                     * @default 8
                     */
                    duration?: number | null;
                    /**
                     * Array of Element Inputs
                     * @description An array of elements/loras objects that will be applied sequentially to the output. Elements are only supported for Motion2.0 generations.
                     */
                    elements?: components["schemas"]["ElementInput"][] | null;
                };
            };
        };
        responses: {
            /** @description Responses for POST /generations-text-to-video */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "motionVideoGenerationJob": {
                     *         "generationId": "j9k0l1m2-n3o4-p5q6-rstu-vw8901234567",
                     *         "apiCreditCost": null,
                     *         "cost": {
                     *           "amount": "0.0147",
                     *           "unit": "DOLLARS"
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** MotionVideoGenerationOutput */
                        motionVideoGenerationJob?: {
                            /** String */
                            generationId?: string;
                            apiCreditCost?: components["schemas"]["ApiCreditCost"];
                            cost?: components["schemas"]["Cost"];
                        } | null;
                    };
                };
            };
        };
    };
    createLCMGeneration: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Query parameters can also be provided in the request body as a JSON object */
        requestBody?: {
            content: {
                "application/json": {
                    /**
                     * String
                     * @description Image data used to generate image. In base64 format. Prefix: `data:image/jpeg;base64,`
                     */
                    imageDataUrl: string;
                    /**
                     * String
                     * @description The prompt used to generate images
                     */
                    prompt: string;
                    /**
                     * Float
                     * @description How strongly the generation should reflect the prompt. Must be a float between 0.5 and 20.
                     */
                    guidance?: number | null;
                    /**
                     * Float
                     * @description Creativity strength of generation. Higher strength will deviate more from the original image supplied in imageDataUrl. Must be a float between 0.1 and 1.
                     */
                    strength?: number | null;
                    requestTimestamp?: components["schemas"]["Timestamp"];
                    style?: components["schemas"]["LcmGenerationStyle"];
                    /**
                     * Int
                     * @description The number of steps to use for the generation. Must be between 4 and 16.
                     */
                    steps?: number | null;
                    /**
                     * Int
                     * @description The output width of the image. Must be 512, 640 or 1024.
                     * @default 512
                     */
                    width?: number | null;
                    /**
                     * Int
                     * @description The output width of the image. Must be 512, 640 or 1024.
                     * @default 512
                     */
                    height?: number | null;
                    seed?: components["schemas"]["Seed"];
                };
            };
        };
        responses: {
            /** @description Responses for POST /generations-lcm */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "lcmGenerationJob": {
                     *         "imageDataUrl": [
                     *           "data:image/jpeg;base64,/9j/4AAQSkZJRgABAQEAAAAAAAD..."
                     *         ],
                     *         "requestTimestamp": "1234567890",
                     *         "apiCreditCost": null,
                     *         "cost": {
                     *           "amount": "0.0147",
                     *           "unit": "DOLLARS"
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** LcmGenerationOutput */
                        lcmGenerationJob?: {
                            /** Array of Strings */
                            imageDataUrl?: string[];
                            requestTimestamp?: components["schemas"]["Timestamp"];
                            apiCreditCost?: components["schemas"]["ApiCreditCost"];
                            cost?: components["schemas"]["Cost"];
                        } | null;
                    };
                };
            };
        };
    };
    performInstantRefine: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Query parameters can also be provided in the request body as a JSON object */
        requestBody?: {
            content: {
                "application/json": {
                    /**
                     * String
                     * @description Image data used to generate image. In base64 format. Prefix: `data:image/jpeg;base64,`
                     */
                    imageDataUrl: string;
                    /**
                     * String
                     * @description The prompt used to generate images
                     */
                    prompt: string;
                    /**
                     * Float
                     * @description How strongly the generation should reflect the prompt. Must be a float between 0.5 and 20.
                     */
                    guidance?: number | null;
                    /**
                     * Float
                     * @description Creativity strength of generation. Higher strength will deviate more from the original image supplied in imageDataUrl. Must be a float between 0.1 and 1.
                     */
                    strength?: number | null;
                    requestTimestamp?: components["schemas"]["Timestamp"];
                    style?: components["schemas"]["LcmGenerationStyle"];
                    /**
                     * Int
                     * @description The number of steps to use for the generation. Must be between 4 and 16.
                     */
                    steps?: number | null;
                    /**
                     * Int
                     * @description The output width of the image. Must be 512, 640 or 1024.
                     * @default 512
                     */
                    width?: number | null;
                    /**
                     * Int
                     * @description The output width of the image. Must be 512, 640 or 1024.
                     * @default 512
                     */
                    height?: number | null;
                    seed?: components["schemas"]["Seed"];
                };
            };
        };
        responses: {
            /** @description Responses for POST /lcm-instant-refine */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "lcmGenerationJob": {
                     *         "imageDataUrl": [
                     *           "data:image/jpeg;base64,/9j/4AAQSkZJRgABAQEAAAAAAAD..."
                     *         ],
                     *         "requestTimestamp": "1234567891",
                     *         "apiCreditCost": null,
                     *         "cost": {
                     *           "amount": "0.0147",
                     *           "unit": "DOLLARS"
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** LcmGenerationOutput */
                        lcmGenerationJob?: {
                            /** Array of Strings */
                            imageDataUrl?: string[];
                            requestTimestamp?: components["schemas"]["Timestamp"];
                            apiCreditCost?: components["schemas"]["ApiCreditCost"];
                            cost?: components["schemas"]["Cost"];
                        } | null;
                    };
                };
            };
        };
    };
    performInpaintingLCM: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Query parameters can also be provided in the request body as a JSON object */
        requestBody?: {
            content: {
                "application/json": {
                    /**
                     * String
                     * @description Image data used to generate image. In base64 format. Prefix: `data:image/jpeg;base64,`
                     */
                    imageDataUrl: string;
                    /**
                     * String
                     * @description Image data of the mask layer used for inpainting. In base64 format. Prefix: `data:image/jpeg;base64,`. Mask should be white on black where generation is applied to the white area.
                     */
                    maskDataUrl: string;
                    /**
                     * String
                     * @description The prompt used to generate images
                     */
                    prompt: string;
                    /**
                     * Float
                     * @description How strongly the generation should reflect the prompt. Must be a float between 0.5 and 20.
                     */
                    guidance?: number | null;
                    /**
                     * Float
                     * @description Creativity strength of generation. Higher strength will deviate more from the original image supplied in imageDataUrl. Must be a float between 0.1 and 1.
                     */
                    strength?: number | null;
                    requestTimestamp?: components["schemas"]["Timestamp"];
                    style?: components["schemas"]["LcmGenerationStyle"];
                    /**
                     * Int
                     * @description The number of steps to use for the generation. Must be between 4 and 16.
                     */
                    steps?: number | null;
                    /**
                     * Int
                     * @description The output width of the image. Must be 512, 640 or 1024.
                     * @default 512
                     */
                    width?: number | null;
                    /**
                     * Int
                     * @description The output width of the image. Must be 512, 640 or 1024.
                     * @default 512
                     */
                    height?: number | null;
                    seed?: components["schemas"]["Seed"];
                };
            };
        };
        responses: {
            /** @description Responses for POST /lcm-inpainting */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "lcmGenerationJob": {
                     *         "imageDataUrl": [
                     *           "data:image/jpeg;base64,/9j/4AAQSkZJRgABAQEAAAAAAAD..."
                     *         ],
                     *         "requestTimestamp": "1234567892",
                     *         "apiCreditCost": null,
                     *         "cost": {
                     *           "amount": "0.0147",
                     *           "unit": "DOLLARS"
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** LcmGenerationOutput */
                        lcmGenerationJob?: {
                            /** Array of Strings */
                            imageDataUrl?: string[];
                            requestTimestamp?: components["schemas"]["Timestamp"];
                            apiCreditCost?: components["schemas"]["ApiCreditCost"];
                            cost?: components["schemas"]["Cost"];
                        } | null;
                    };
                };
            };
        };
    };
    performAlchemyUpscaleLCM: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Query parameters can also be provided in the request body as a JSON object */
        requestBody?: {
            content: {
                "application/json": {
                    /**
                     * String
                     * @description Image data used to generate image. In base64 format. Prefix: `data:image/jpeg;base64,`
                     */
                    imageDataUrl: string;
                    /**
                     * String
                     * @description The prompt used to generate images
                     */
                    prompt: string;
                    /**
                     * Float
                     * @description How strongly the generation should reflect the prompt. Must be a float between 0.5 and 20.
                     */
                    guidance?: number | null;
                    /**
                     * Float
                     * @description Creativity strength of generation. Higher strength will deviate more from the original image supplied in imageDataUrl. Must be a float between 0.1 and 1.
                     */
                    strength?: number | null;
                    requestTimestamp?: components["schemas"]["Timestamp"];
                    style?: components["schemas"]["LcmGenerationStyle"];
                    /**
                     * Int
                     * @description The number of steps to use for the generation. Must be between 4 and 16.
                     */
                    steps?: number | null;
                    /**
                     * Int
                     * @description The output width of the image. Must be 512, 640 or 1024.
                     * @default 512
                     */
                    width?: number | null;
                    /**
                     * Int
                     * @description The output width of the image. Must be 512, 640 or 1024.
                     * @default 512
                     */
                    height?: number | null;
                    seed?: components["schemas"]["Seed"];
                    /**
                     * Boolean
                     * @description Refine creative
                     */
                    refineCreative?: boolean | null;
                    /**
                     * Float
                     * @description Must be a float between 0.5 and 0.9.
                     */
                    refineStrength?: number | null;
                };
            };
        };
        responses: {
            /** @description Responses for POST /lcm-upscale */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "lcmGenerationJob": {
                     *         "imageDataUrl": [
                     *           "data:image/jpeg;base64,/9j/4AAQSkZJRgABAQEAAAAAAAD..."
                     *         ],
                     *         "variationId": [
                     *           "var234567-8901-bcde-fghi-jklmnopqrstu"
                     *         ],
                     *         "generatedImageId": "l1m2n3o4-p5q6-r7s8-tuvw-xy0123456789",
                     *         "requestTimestamp": "1234567893",
                     *         "apiCreditCost": null,
                     *         "cost": {
                     *           "amount": "0.0147",
                     *           "unit": "DOLLARS"
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** LcmGenerationOutput */
                        lcmGenerationJob?: {
                            /** Array of Strings */
                            imageDataUrl?: string[];
                            /** Array of Strings */
                            generationId?: string[];
                            /** Array of Strings */
                            variationId?: string[];
                            /** String */
                            generatedImageId?: string;
                            requestTimestamp?: components["schemas"]["Timestamp"];
                            apiCreditCost?: components["schemas"]["ApiCreditCost"];
                            cost?: components["schemas"]["Cost"];
                        } | null;
                    };
                };
            };
        };
    };
    uploadModelAsset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Query parameters can also be provided in the request body as a JSON object */
        requestBody?: {
            content: {
                "application/json": {
                    /** String */
                    modelExtension?: string;
                    /** String */
                    name?: string | null;
                };
            };
        };
        responses: {
            /** @description Responses for POST /api/rest/v1/models-3d/upload */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** ModelAssetUploadOutput */
                        uploadModelAsset?: {
                            /** String */
                            modelFields?: string | null;
                            /** String */
                            modelId?: string | null;
                            /** String */
                            modelKey?: string | null;
                            /** String */
                            modelUrl?: string | null;
                        } | null;
                    };
                };
            };
        };
    };
    get3DModelsByUserId: {
        parameters: {
            query?: {
                offset?: number;
                limit?: number;
            };
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Responses for GET /api/rest/v1/models-3d/user/{userId} */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        model_assets?: {
                            createdAt?: components["schemas"]["Timestamp"];
                            id?: components["schemas"]["Uuid"];
                            /** String */
                            meshUrl?: string;
                            /** String */
                            name?: string | null;
                            updatedAt?: components["schemas"]["Timestamp"];
                            userId?: components["schemas"]["Uuid"];
                        }[];
                    };
                };
            };
        };
    };
    get3DModelById: {
        parameters: {
            query?: {
                offset?: number;
                limit?: number;
            };
            header?: never;
            path: {
                /** @description _"id" is required (enter it either in parameters or request body)_ */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Responses for GET /api/rest/v1/models-3d/{id} */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * model_assets
                         * @description columns and relationships of "model_assets"
                         */
                        model_assets_by_pk?: {
                            createdAt?: components["schemas"]["Timestamp"];
                            id?: components["schemas"]["Uuid"];
                            /** String */
                            meshUrl?: string;
                            /** String */
                            name?: string | null;
                            updatedAt?: components["schemas"]["Timestamp"];
                            userId?: components["schemas"]["Uuid"];
                        } | null;
                    };
                };
            };
        };
    };
    delete3DModelById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description _"id" is required (enter it either in parameters or request body)_ */
                id: string;
            };
            cookie?: never;
        };
        /** @description Query parameters can also be provided in the request body as a JSON object */
        requestBody?: {
            content: {
                "application/json": {
                    id?: components["schemas"]["Uuid"];
                };
            };
        };
        responses: {
            /** @description Responses for DELETE /api/rest/v1/models-3d/{id} */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * model_assets
                         * @description columns and relationships of "model_assets"
                         */
                        delete_model_assets_by_pk?: {
                            id?: components["schemas"]["Uuid"];
                        } | null;
                    };
                };
            };
        };
    };
    uploadInitImage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Query parameters provided in the request body as a JSON object */
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * String
                     * @description Has to be png, jpg, jpeg, or webp.
                     */
                    extension: string;
                };
            };
        };
        responses: {
            /** @description Responses for POST /init-image */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** InitImageUploadOutput */
                        uploadInitImage?: {
                            /** String */
                            fields?: string | null;
                            /** String */
                            id?: string | null;
                            /** String */
                            key?: string | null;
                            /** String */
                            url?: string | null;
                        } | null;
                    };
                };
            };
        };
    };
    uploadMedia: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Query parameters provided in the request body as a JSON object */
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * String
                     * @description The file extension of the media file to upload. Supported extensions: mp4, mov.
                     */
                    extension: string;
                };
            };
        };
        responses: {
            /** @description Responses for POST /media */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** MediaUploadOutput */
                        uploadMedia?: {
                            /** String */
                            uploadId?: string | null;
                            /** String */
                            url?: string | null;
                            /** String */
                            fields?: string | null;
                        } | null;
                    };
                };
            };
        };
    };
    getUploadedMediaById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description _"id" is required_ */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Responses for GET /media/{id} */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** uploaded_media */
                        uploaded_media_by_pk?: {
                            /** uuid */
                            id?: string | null;
                            /** timestamp */
                            createdAt?: string | null;
                            /** String */
                            url?: string | null;
                            /** String */
                            thumbnailUrl?: string | null;
                            /** String */
                            status?: string | null;
                            /** String */
                            statusReason?: string | null;
                            /** String */
                            mediaType?: string | null;
                            /** Float */
                            duration?: number | null;
                            /** Int */
                            width?: number | null;
                            /** Int */
                            height?: number | null;
                            /** Float */
                            video_fps?: number | null;
                        } | null;
                    };
                };
            };
        };
    };
    deleteUploadedMediaById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description _"id" is required_ */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Responses for DELETE /media/{id} */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** uploaded_media */
                        delete_uploaded_media_by_pk?: {
                            /** uuid */
                            id?: string | null;
                        } | null;
                    };
                };
            };
        };
    };
    getInitImageById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description _"id" is required_ */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Responses for GET /init-image/{id} */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * init_images
                         * @description columns and relationships of "init_images"
                         */
                        init_images_by_pk?: {
                            createdAt?: components["schemas"]["Timestamp"];
                            id?: components["schemas"]["Uuid"];
                            /** String */
                            url?: string;
                        } | null;
                    };
                };
            };
        };
    };
    deleteInitImageById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description _"id" is required_ */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Responses for DELETE /init-image/{id} */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * init_images
                         * @description columns and relationships of "init_images"
                         */
                        delete_init_images_by_pk?: {
                            id?: components["schemas"]["Uuid"];
                        } | null;
                    };
                };
            };
        };
    };
    uploadCanvasInitImage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Query parameters provided in the request body as a JSON object */
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * String
                     * @description Has to be png, jpg, jpeg, or webp.
                     */
                    initExtension: string;
                    /**
                     * String
                     * @description Has to be png, jpg, jpeg, or webp.
                     */
                    maskExtension: string;
                };
            };
        };
        responses: {
            /** @description Responses for POST /canvas-init-image */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** CanvasInitImageUploadOutput */
                        uploadCanvasInitImage?: {
                            /** String */
                            initImageId?: string | null;
                            /** String */
                            initFields?: string | null;
                            /** String */
                            initKey?: string | null;
                            /** String */
                            initUrl?: string | null;
                            /** String */
                            maskImageId?: string | null;
                            /** String */
                            maskFields?: string | null;
                            /** String */
                            maskKey?: string | null;
                            /** String */
                            maskUrl?: string | null;
                        } | null;
                    };
                };
            };
        };
    };
    createVariationUnzoom: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Query parameters can also be provided in the request body as a JSON object */
        requestBody?: {
            content: {
                "application/json": {
                    /** String */
                    id?: string;
                    /** Boolean */
                    isVariation?: boolean | null;
                };
            };
        };
        responses: {
            /** @description Responses for POST /api/rest/v1/variations/unzoom */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "sdUnzoomJob": {
                     *         "id": "c2d3e4f5-g6h7-8901-ijkl-mn2345678901",
                     *         "apiCreditCost": null,
                     *         "cost": {
                     *           "amount": "0.0147",
                     *           "unit": "DOLLARS"
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** SDUnzoomOutput */
                        sdUnzoomJob?: {
                            /** String */
                            id?: string;
                            /**
                             * @deprecated
                             * @description API Credits Cost for Unzoom Variation. Available for Production API Users. Note: it will be deprecated. Please use the cost instead.
                             */
                            apiCreditCost?: number | null;
                            cost?: components["schemas"]["Cost"];
                        } | null;
                    };
                };
            };
        };
    };
    createVariationUpscale: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Query parameters are provided in the request body as a JSON object */
        requestBody?: {
            content: {
                "application/json": {
                    /** String */
                    id: string;
                };
            };
        };
        responses: {
            /** @description Responses for POST /variations/upscale */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "sdUpscaleJob": {
                     *         "id": "d3e4f5a6-b7c8-4012-8def-0a3456789012",
                     *         "apiCreditCost": null,
                     *         "cost": {
                     *           "amount": "0.0147",
                     *           "unit": "DOLLARS"
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** SDUpscaleJobOutput */
                        sdUpscaleJob?: {
                            /** String */
                            id?: string;
                            /**
                             * @deprecated
                             * @description API Credits Cost for Upscale Variation. Available for Production API Users. Note: it will be deprecated. Please use the cost instead.
                             */
                            apiCreditCost?: number | null;
                            cost?: components["schemas"]["Cost"];
                        } | null;
                    };
                };
            };
        };
    };
    createVariationNoBG: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Query parameters are provided in the request body as a JSON object */
        requestBody: {
            content: {
                "application/json": {
                    /** String */
                    id: string;
                    /** Boolean */
                    isVariation?: boolean;
                };
            };
        };
        responses: {
            /** @description Responses for POST /variations/nobg */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "sdNobgJob": {
                     *         "id": "f5a6b7c8-d9e0-4a1b-8c2d-ef4567890123",
                     *         "apiCreditCost": null,
                     *         "cost": {
                     *           "amount": "0.0147",
                     *           "unit": "DOLLARS"
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** SDUpscaleJobOutput */
                        sdNobgJob?: {
                            id?: components["schemas"]["Uuid"];
                            /**
                             * @deprecated
                             * @description API Credits Cost for No Background Variation. Available for Production API Users. Note: it will be deprecated. Please use the cost instead.
                             */
                            apiCreditCost?: number | null;
                            cost?: components["schemas"]["Cost"];
                        };
                    };
                };
            };
        };
    };
    CreateUniversalUpscalerJob: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Query parameters are provided in the request body as a JSON object */
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Int
                     * @description The creativity strength of the universal upscaler. Must be between 1 and 10.
                     * @default 5
                     */
                    creativityStrength?: number | null;
                    /**
                     * Int
                     * @description The detail contrast of the universal upscaler. Must be between 1 and 10. Can only be used with ultraUpscaleStyle.
                     */
                    detailContrast?: number | null;
                    /**
                     * String
                     * @description The ID of the generated image.
                     */
                    generatedImageId?: string | null;
                    /**
                     * String
                     * @description The ID of the init image uploaded.
                     */
                    initImageId?: string | null;
                    /**
                     * String
                     * @description The prompt for the universal upscaler.
                     */
                    prompt?: string | null;
                    /**
                     * Int
                     * @description The similarity of the universal upscaler. Must be between 1 and 10. Can only be used with ultraUpscaleStyle.
                     */
                    similarity?: number | null;
                    ultraUpscaleStyle?: components["schemas"]["UniversalUpscalerUltraStyle"];
                    /**
                     * Float
                     * @description The upscale multiplier of the universal upscaler. Must be between 1.0 and 2.0.
                     * @default 1.5
                     */
                    upscaleMultiplier?: number | null;
                    upscalerStyle?: components["schemas"]["UniversalUpscalerStyle"];
                    /**
                     * String
                     * @description The ID of the variation image.
                     */
                    variationId?: string | null;
                };
            };
        };
        responses: {
            /** @description Responses for POST /variations/universal-upscaler */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "universalUpscaler": {
                     *         "id": "a7b8c9d0-e1f2-4a3b-8c4d-e5f678901234",
                     *         "apiCreditCost": null,
                     *         "cost": {
                     *           "amount": "0.0147",
                     *           "unit": "DOLLARS"
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** UniversalUpscalerOutput */
                        universalUpscaler?: {
                            id?: components["schemas"]["Uuid"];
                            /**
                             * @deprecated
                             * @description API Credits Cost for Universal Upscaler Variation. Available for Production API Users. Note: it will be deprecated. Please use the cost instead.
                             */
                            apiCreditCost?: number | null;
                            cost?: components["schemas"]["Cost"];
                        };
                    };
                };
            };
        };
    };
    getVariationById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description "id" is required */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Responses for GET /variations/{id} */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        generated_image_variation_generic?: {
                            createdAt?: components["schemas"]["Timestamp"];
                            id?: components["schemas"]["Uuid"];
                            status?: components["schemas"]["JobStatus"];
                            transformType?: components["schemas"]["VARIATIONTYPE"];
                            /** String */
                            url?: string | null;
                        }[];
                    };
                };
            };
        };
    };
    getMotionVariationById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description "id" is required */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Responses for GET /motion-variations/{id} */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        generated_image_variation_motion?: {
                            createdAt?: components["schemas"]["Timestamp"];
                            id?: components["schemas"]["Uuid"];
                            status?: components["schemas"]["JobStatus"];
                            motionTransformType?: components["schemas"]["MOTIONVARIATIONTYPE"];
                            resolution?: components["schemas"]["MOTIONRESOLUTION"];
                            /** String */
                            url?: string | null;
                        }[];
                    };
                };
            };
        };
    };
    createDataset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Query parameters to be provided in the request body as a JSON object */
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * String
                     * @description The name of the dataset.
                     */
                    name: string;
                    /**
                     * String
                     * @description A description for the dataset.
                     */
                    description?: string | null;
                };
            };
        };
        responses: {
            /** @description Responses for POST /datasets */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * datasets
                         * @description columns and relationships of "datasets"
                         */
                        insert_datasets_one?: {
                            id?: components["schemas"]["Uuid"];
                        } | null;
                    };
                };
            };
        };
    };
    getDatasetById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the dataset to return. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Responses for GET /datasets/{id} */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * datasets
                         * @description columns and relationships of "datasets"
                         */
                        datasets_by_pk?: {
                            createdAt?: components["schemas"]["Timestamp"];
                            dataset_images?: {
                                createdAt?: components["schemas"]["Timestamp"];
                                id?: components["schemas"]["Uuid"];
                                /** String */
                                url?: string;
                            }[];
                            /** String */
                            description?: string | null;
                            id?: components["schemas"]["Uuid"];
                            /** String */
                            name?: string;
                            updatedAt?: components["schemas"]["Timestamp"];
                        } | null;
                    };
                };
            };
        };
    };
    deleteDatasetById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the dataset to delete. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Responses for DELETE /datasets/{id} */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * datasets
                         * @description columns and relationships of "datasets"
                         */
                        delete_datasets_by_pk?: {
                            id?: components["schemas"]["Uuid"];
                        } | null;
                    };
                };
            };
        };
    };
    uploadDatasetImage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description _"datasetId" is required */
                datasetId: string;
            };
            cookie?: never;
        };
        /** @description Query parameters provided in the request body as a JSON object */
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * String
                     * @description Has to be png, jpg, jpeg, or webp.
                     */
                    extension: string;
                };
            };
        };
        responses: {
            /** @description Responses for POST /datasets/{datasetId}/upload */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** DatasetUploadOutput */
                        uploadDatasetImage?: {
                            /** String */
                            fields?: string | null;
                            /** String */
                            id?: string | null;
                            /** String */
                            key?: string | null;
                            /** String */
                            url?: string | null;
                        } | null;
                    };
                };
            };
        };
    };
    uploadDatasetImageFromGen: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the dataset to upload the image to. */
                datasetId: string;
            };
            cookie?: never;
        };
        /** @description Query parameters to be provided in the request body as a JSON object */
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * String
                     * @description The ID of the image to upload to the dataset.
                     */
                    generatedImageId: string;
                };
            };
        };
        responses: {
            /** @description Responses for POST /datasets/{datasetId}/upload/gen */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** DatasetGenUploadOutput */
                        uploadDatasetImageFromGen?: {
                            /** String */
                            id?: string | null;
                        } | null;
                    };
                };
            };
        };
    };
    createModel: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Query parameters to be provided in the request body as a JSON object */
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * String
                     * @description The name of the model.
                     */
                    name: string;
                    /**
                     * String
                     * @description The description of the model.
                     * @default
                     */
                    description?: string | null;
                    /**
                     * String
                     * @description The ID of the dataset to train the model on.
                     */
                    datasetId: string;
                    /**
                     * String
                     * @description The instance prompt to use during training.
                     */
                    instance_prompt: string;
                    modelType?: components["schemas"]["CustomModelType"];
                    /**
                     * Boolean
                     * @description Whether or not the model is NSFW.
                     * @default false
                     */
                    nsfw?: boolean | null;
                    /**
                     * Int
                     * @description The resolution for training. Must be 512 or 768.
                     * @default 512
                     */
                    resolution?: number | null;
                    /**
                     * sd_versions
                     * @description The base version of stable diffusion to use if not using a custom model. v1_5 is 1.5, v2 is 2.1, if not specified it will default to v1_5.
                     * @enum {string|null}
                     */
                    sd_version?: "v1_5" | "v2" | null;
                    strength?: components["schemas"]["Strength"];
                };
            };
        };
        responses: {
            /** @description Responses for POST /models */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "sdTrainingJob": {
                     *         "customModelId": "m2n3o4p5-q6r7-s8t9-uvwx-yz1234567890",
                     *         "apiCreditCost": null,
                     *         "cost": {
                     *           "amount": "0.0147",
                     *           "unit": "DOLLARS"
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** SDTrainingOutput */
                        sdTrainingJob?: {
                            /** String */
                            customModelId?: string;
                            /**
                             * @deprecated
                             * @description API Credits Cost for Model Training. Available for Production API Users. Note: it will be deprecated. Please use the cost instead.
                             */
                            apiCreditCost?: number | null;
                            cost?: components["schemas"]["Cost"];
                        } | null;
                    };
                };
            };
        };
    };
    getModelById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the custom model to return. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Responses for GET /models/{id} */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * custom_models
                         * @description columns and relationships of "custom_models"
                         */
                        custom_models_by_pk?: {
                            createdAt?: components["schemas"]["Timestamp"];
                            /** String */
                            description?: string;
                            id?: components["schemas"]["Uuid"];
                            /** String */
                            instancePrompt?: string | null;
                            /** Int */
                            modelHeight?: number;
                            /** Int */
                            modelWidth?: number;
                            /** String */
                            name?: string;
                            /** Boolean */
                            public?: boolean;
                            sdVersion?: components["schemas"]["SdVersions"];
                            status?: components["schemas"]["JobStatus"];
                            type?: components["schemas"]["CustomModelType"];
                            updatedAt?: components["schemas"]["Timestamp"];
                        } | null;
                    };
                };
            };
        };
    };
    deleteModelById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the model to delete. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Responses for DELETE /models/{id} */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * custom_models
                         * @description columns and relationships of "custom_models"
                         */
                        delete_custom_models_by_pk?: {
                            id?: components["schemas"]["Uuid"];
                        } | null;
                    };
                };
            };
        };
    };
    getCustomModelsByUserId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the user to return. */
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Responses for GET /models/user/{userId} */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        custom_models?: ({
                            createdAt?: components["schemas"]["Timestamp"];
                            /** String */
                            description?: string;
                            id?: components["schemas"]["Uuid"];
                            /** String */
                            instancePrompt?: string | null;
                            /** Int */
                            modelHeight?: number;
                            /** Int */
                            modelWidth?: number;
                            /** String */
                            name?: string;
                            /** Boolean */
                            public?: boolean;
                            sdVersion?: components["schemas"]["SdVersions"];
                            status?: components["schemas"]["JobStatus"];
                            type?: components["schemas"]["CustomModelType"];
                            updatedAt?: components["schemas"]["Timestamp"];
                        } | null)[] | null;
                    };
                };
            };
        };
    };
    listPlatformModels: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Responses for GET /api/rest/v1/platformModels */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        custom_models?: {
                            /** String */
                            description?: string;
                            /** Boolean */
                            featured?: boolean;
                            /**
                             * generated_images
                             * @description columns and relationships of "generated_images"
                             */
                            generated_image?: {
                                id?: components["schemas"]["Uuid"];
                                /** String */
                                url?: string;
                            } | null;
                            id?: components["schemas"]["Uuid"];
                            /** String */
                            name?: string;
                            /** Boolean */
                            nsfw?: boolean;
                        }[];
                    };
                };
            };
        };
    };
    getElementById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the custom element to return. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Responses for GET /elements/{id}. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * user_loras
                         * @description columns and relationships of "user_loras".
                         */
                        user_loras_by_pk?: {
                            createdAt?: components["schemas"]["Timestamp"];
                            /** String */
                            description?: string;
                            /** Int */
                            id?: number;
                            /** String */
                            instancePrompt?: string | null;
                            /** Int */
                            resolution?: number;
                            /** Float */
                            learningRate?: number;
                            /** Int */
                            trainingEpoch?: number;
                            /** String */
                            name?: string;
                            /** Boolean */
                            trainTextEncoder?: boolean;
                            /** String */
                            baseModel?: string;
                            status?: components["schemas"]["JobStatus"];
                            /** String */
                            focus?: string;
                            updatedAt?: components["schemas"]["Timestamp"];
                        } | null;
                    };
                };
            };
        };
    };
    deleteElementById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the element to delete. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Responses for DELETE /models/{id} */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * user_loras
                         * @description columns and relationships of "user_loras".
                         */
                        delete_user_loras_by_pk?: {
                            /** Int */
                            id?: number;
                        } | null;
                    };
                };
            };
        };
    };
    getCustomElementsByUserId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the user to return. */
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Responses for GET /elements/user/{userId}. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        user_loras?: ({
                            createdAt?: components["schemas"]["Timestamp"];
                            /** String */
                            description?: string;
                            /** Int */
                            id?: number;
                            /** String */
                            instancePrompt?: string | null;
                            /** Int */
                            resolution?: number;
                            /** Float */
                            learningRate?: number;
                            /** Int */
                            trainingEpoch?: number;
                            /** String */
                            name?: string;
                            /** Boolean */
                            trainTextEncoder?: boolean;
                            /** String */
                            baseModel?: string;
                            status?: components["schemas"]["JobStatus"];
                            /** String */
                            focus?: string;
                            updatedAt?: components["schemas"]["Timestamp"];
                        } | null)[] | null;
                    };
                };
            };
        };
    };
    listElements: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Responses for GET /api/rest/v1/elements. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        loras?: {
                            akUUID?: components["schemas"]["Lora"]["akUUID"];
                            baseModel?: components["schemas"]["SdVersions"];
                            creatorName?: components["schemas"]["Lora"]["creatorName"];
                            description?: components["schemas"]["Lora"]["description"];
                            name?: components["schemas"]["Lora"]["name"];
                            urlImage?: components["schemas"]["Lora"]["urlImage"];
                            weightDefault?: components["schemas"]["Lora"]["weightDefault"];
                            weightMax?: components["schemas"]["Lora"]["weightMax"];
                            weightMin?: components["schemas"]["Lora"]["weightMin"];
                        }[];
                    };
                };
            };
        };
    };
    createElement: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Query parameters to be provided in the request body as a JSON object. */
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * String
                     * @description The name of the element.
                     * @default placeholder
                     */
                    name: string;
                    /**
                     * String
                     * @description The description of the element.
                     * @default
                     */
                    description?: string | null;
                    /**
                     * String
                     * @description The ID of the dataset to train the element on.
                     * @default
                     */
                    datasetId: string;
                    /**
                     * String
                     * @description Use a word that is closely related to what you're training that isn't too common. For example, instead of 'dog,' try something unique like 'jackthedog' or 'magicdonut'. Required for all non-FLUX_DEV models and FLUX_DEV Character model training.
                     * @default
                     */
                    instance_prompt?: string | null;
                    /**
                     * String
                     * @description The category determines how the element will be trained. Options are 'General' | 'Character' | 'Style' | 'Object'. FLUX_DEV doesn't support General category.
                     */
                    lora_focus: string;
                    /**
                     * Boolean
                     * @description Whether or not encode the train text.
                     * @default true
                     */
                    train_text_encoder: boolean;
                    /**
                     * Int
                     * @description The resolution for training. Must be 1024.
                     * @default 1024
                     */
                    resolution?: number | null;
                    /**
                     * sd_versions
                     * @description The base version to use if not using a custom model.
                     * @default FLUX_DEV
                     * @enum {string}
                     */
                    sd_version: "SDXL_0_9" | "SDXL_1_0" | "LEONARDO_DIFFUSION_XL" | "LEONARDO_LIGHTNING_XL" | "VISION_XL" | "KINO_XL" | "ALBEDO_XL" | "FLUX_DEV";
                    /**
                     * Int
                     * @description The number of times the entire training dataset is passed through the element.<br><br><table><tr><th>Model Type</th><th>Lora Focus</th><th>Min</th><th>Max</th><th>Default</th></tr><tr><td>Default</td><td>General | Style | Character | Object</td><td>1</td><td>250</td><td>100</td></tr><tr><td rowspan='3'>FLUX_DEV</td><td>Style</td><td>30</td><td>120</td><td>60</td></tr><tr><td>Object</td><td>120</td><td>220</td><td>140</td></tr><tr><td>Character</td><td>100</td><td>200</td><td>135</td></tr><tr><td>General</td><td colspan='3'>NA</td></tr></table>
                     */
                    num_train_epochs: number;
                    /**
                     * Float
                     * @description The speed at which the model learns during training.<br><br><table><tr><th>Model Type</th><th>Lora Focus</th><th>Min</th><th>Max</th><th>Default</th></tr><tr><td>Default</td><td>General | Style | Character | Object</td><td>0.00000001</td><td>0.00001</td><td>0.000001</td></tr><tr><td rowspan='3'>FLUX_DEV</td><td>Style</td><td>0.000001</td><td>0.00003</td><td>0.00001</td></tr><tr><td>Object</td><td>0.00001</td><td>0.001</td><td>0.0004</td></tr><tr><td>Character</td><td>0.00001</td><td>0.001</td><td>0.0005</td></tr><tr><td>General</td><td colspan='3'>NA</td></tr></table>
                     */
                    learning_rate: number;
                };
            };
        };
        responses: {
            /** @description Responses for POST /elements. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "sdTrainingJob": {
                     *         "userLoraId": 123456,
                     *         "apiCreditCost": null,
                     *         "cost": {
                     *           "amount": "0.0147",
                     *           "unit": "DOLLARS"
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** SDTrainingOutput */
                        sdTrainingJob?: {
                            /** Int */
                            userLoraId?: number;
                            /**
                             * @deprecated
                             * @description API Credits Cost for Model Training. Available for Production API Users. Note: it will be deprecated. Please use the cost instead.
                             */
                            apiCreditCost?: number | null;
                            cost?: components["schemas"]["Cost"];
                        } | null;
                    };
                };
            };
        };
    };
    promptRandom: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Responses for POST /prompt/random */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "promptGeneration": {
                     *         "prompt": "A majestic dragon soaring through stormy clouds",
                     *         "apiCreditCost": null,
                     *         "cost": {
                     *           "amount": "0.0147",
                     *           "unit": "DOLLARS"
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** promptGenerationOutput */
                        promptGeneration?: {
                            /**
                             * String
                             * @description The random prompt generated.
                             * @default The random prompt generated.
                             */
                            prompt?: string;
                            /**
                             * @deprecated
                             * @description API Credits Cost for Random Prompt Generation. Available for Production API Users. Note: it will be deprecated. Please use the cost instead.
                             * @default 4
                             */
                            apiCreditCost?: number | null;
                            cost?: components["schemas"]["Cost"];
                        };
                    };
                };
            };
        };
    };
    promptImprove: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Query parameters to be provided in the request body as a JSON object */
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * String
                     * @description The prompt to improve.
                     */
                    prompt: string;
                    /**
                     * String
                     * @description The prompt is improved based on the given instructions.
                     */
                    promptInstructions?: string | null;
                    /**
                     * @description Specifies whether the prompt is for a video generation. Defaults to false (image prompt).
                     * @example true
                     */
                    isVideo?: boolean | null;
                };
            };
        };
        responses: {
            /** @description Responses for POST /prompt/improve */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "promptGeneration": {
                     *         "prompt": "A majestic dragon soaring through dramatic stormy clouds, photorealistic, cinematic lighting, 8k ultra detailed",
                     *         "apiCreditCost": null,
                     *         "cost": {
                     *           "amount": "0.0147",
                     *           "unit": "DOLLARS"
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** promptGenerationOutput */
                        promptGeneration?: {
                            /**
                             * String
                             * @description The improved prompt.
                             * @default The improved prompt.
                             */
                            prompt?: string;
                            /**
                             * @deprecated
                             * @description API Credits Cost for Random Prompt Generation. Available for Production API Users. Note: it will be deprecated. Please use the cost instead.
                             * @default 4
                             */
                            apiCreditCost?: number | null;
                            cost?: components["schemas"]["Cost"];
                        };
                    };
                };
            };
        };
    };
    pricingCalculator: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    service?: components["schemas"]["PricingCalculatorServices"];
                    /**
                     * Object
                     * @description Parameters for the service
                     */
                    serviceParams?: {
                        /**
                         * Object
                         * @description Parameters for IMAGE_GENERATION service
                         */
                        IMAGE_GENERATION?: {
                            imageHeight?: components["schemas"]["ImageHeight"];
                            imageWidth?: components["schemas"]["ImageHeight"];
                            numImages?: components["schemas"]["NumImages"];
                            /**
                             * Int
                             * @description The Step Count to use for the generation. Must be between 10 and 60.
                             */
                            inferenceSteps?: number;
                            promptMagic?: components["schemas"]["PromptMagicArg"];
                            promptMagicStrength?: components["schemas"]["PromptMagicStrengthArg"];
                            promptMagicVersion?: components["schemas"]["PromptMagicVersionArg"];
                            /**
                             * Boolean
                             * @description Enable to use Alchemy.
                             */
                            alchemyMode?: boolean;
                            /**
                             * Boolean
                             * @description Enable to use PhotoReal. Requires enabling alchemy.
                             */
                            photoRealMode?: boolean | null;
                            photoRealStrength?: components["schemas"]["PhotoRealStrengthArg"];
                            photoRealVersion?: components["schemas"]["PhotoRealVersion"];
                            /**
                             * Boolean
                             * @description Enable to use high resolution.
                             */
                            highResolution?: boolean;
                            /**
                             * Int
                             * @description The number of elements used for the generation.
                             */
                            loraCount?: number | null;
                            /**
                             * Boolean
                             * @description Enable to use custom model.
                             */
                            isModelCustom?: boolean | null;
                            /**
                             * Int
                             * @description The total cost of controlnets input.
                             */
                            controlnetsCost?: number | null;
                            /**
                             * Boolean
                             * @description Enable to use Phoenix model.
                             */
                            isPhoenix?: boolean | null;
                            /**
                             * Boolean
                             * @description Enable to use SDXL model.
                             */
                            isSDXL?: boolean | null;
                            /**
                             * Boolean
                             * @description Enable to use SDXL Lightning model.
                             */
                            isSDXLLightning?: boolean | null;
                            /**
                             * Boolean
                             * @description Enable to use Ultra mode.
                             */
                            isUltra?: boolean | null;
                            /**
                             * Boolean
                             * @description Enable to use Flux Schnell model.
                             */
                            isFluxSchnell?: boolean | null;
                            /**
                             * Boolean
                             * @description Enable to use Flux Dev model.
                             */
                            isFluxDev?: boolean | null;
                            /**
                             * Boolean
                             * @description Enable to use Flux Kontext model.
                             */
                            isFluxKontext?: boolean | null;
                        } | null;
                        /**
                         * Object
                         * @description Parameters for FANTASY_AVATAR_GENERATION service
                         */
                        FANTASY_AVATAR_GENERATION?: {
                            imageHeight?: components["schemas"]["ImageHeight"];
                            imageWidth?: components["schemas"]["ImageHeight"];
                            numImages?: components["schemas"]["NumImages"];
                        } | null;
                        /**
                         * Object
                         * @description Parameters for MOTION_SVD_GENERATION service
                         */
                        MOTION_SVD_GENERATION?: Record<string, unknown> | null;
                        /**
                         * Object
                         * @description Parameters for MOTION_VIDEO_GENERATION service
                         */
                        MOTION_VIDEO_GENERATION?: {
                            /**
                             * String
                             * @description The resolution of the video. Must be RESOLUTION_480 or RESOLUTION_720.
                             */
                            resolution?: string;
                        } | null;
                        /**
                         * Object
                         * @description Parameters for VEO3_MOTION_VIDEO_GENERATION service
                         */
                        VEO3_MOTION_VIDEO_GENERATION?: {
                            /**
                             * String
                             * @description The resolution of the video. Supported resolution for VEO3 is RESOLUTION_720.
                             * @enum {string}
                             */
                            resolution?: "RESOLUTION_720";
                        } | null;
                        /**
                         * Object
                         * @description Parameters for LCM_GENERATION service
                         */
                        LCM_GENERATION?: {
                            /**
                             * Int
                             * @description The output height of the image. Must be 512, 640 or 1024.
                             */
                            height?: number | null;
                            /**
                             * Int
                             * @description The output width of the image. Must be 512, 640 or 1024.
                             */
                            width?: number | null;
                            /**
                             * Boolean
                             * @description Enable for instant upscale
                             */
                            instantRefine?: boolean | null;
                            /**
                             * Boolean
                             * @description Enable for normal alchemy upscale
                             */
                            refine?: boolean | null;
                        } | null;
                        /**
                         * Object
                         * @description Parameters for MODEL_TRAINING service
                         */
                        MODEL_TRAINING?: {
                            /**
                             * Int
                             * @description The resolution for training. Must be 512, 768, or 1024.
                             */
                            resolution?: number;
                            /**
                             * sd_version
                             * @description The model for the training. Can be set to 'FLUX_DEV' for FLUX_DEV specific pricing or can be omitted.
                             * @enum {string|null}
                             */
                            sd_version?: "FLUX_DEV" | null;
                            /**
                             * Int
                             * @description The number of images in the training dataset when sd_version is set to 'FLUX_DEV'. Must be between 1 and 50.
                             */
                            datasetImageCount?: number | null;
                        } | null;
                        /**
                         * Object
                         * @description Parameters for TEXTURE_GENERATION service
                         */
                        TEXTURE_GENERATION?: {
                            /** Boolean */
                            preview?: boolean;
                        } | null;
                        /**
                         * Object
                         * @description Parameters for UNIVERSAL_UPSCALER service
                         */
                        UNIVERSAL_UPSCALER?: {
                            /**
                             * Int
                             * @description The maximum upscaled image size is 20 megapixels.
                             */
                            megapixel?: number;
                        } | null;
                        /**
                         * Object
                         * @description Parameters for UNIVERSAL_UPSCALER_ULTRA service
                         */
                        UNIVERSAL_UPSCALER_ULTRA?: {
                            /**
                             * Int
                             * @description The input width of the image.
                             */
                            inputWidth?: number;
                            /**
                             * Int
                             * @description The input height of the image.
                             */
                            inputHeight?: number;
                            /**
                             * Float
                             * @description The upscale multiplier of the universal upscaler. Must be between 1.00 and 2.00.
                             */
                            upscaleMultiplier?: number;
                        } | null;
                    };
                };
            };
        };
        responses: {
            /** @description Responses for POST /pricing-calculator */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** calculateProductionApiServiceCost */
                        calculateProductionApiServiceCost?: {
                            /**
                             * Int
                             * @description API service cost to generate the image.
                             */
                            cost?: number;
                        } | null;
                    };
                };
            };
        };
    };
    listBlueprints: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Responses for GET /api/rest/v1/blueprints */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        blueprints: {
                            edges?: {
                                cursor?: components["schemas"]["Cursor"];
                                node?: components["schemas"]["Blueprint"];
                            }[];
                            totalCount?: components["schemas"]["TotalCount"];
                            pageInfo?: components["schemas"]["PageInfo"];
                        };
                    } | components["schemas"]["ApiError"][];
                };
            };
        };
    };
    getBlueprintById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The akUUID of the Blueprint to return */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successfully retrieved Blueprint */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        blueprint?: components["schemas"]["Blueprint"];
                    } | components["schemas"]["ApiError"][];
                };
            };
        };
    };
    getBlueprintVersionsByBlueprintId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The akUUID of the Blueprint */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successfully retrieved Blueprint Versions */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        blueprintVersions?: components["schemas"]["BlueprintVersion"];
                    } | components["schemas"]["ApiError"][];
                };
            };
        };
    };
    executeBlueprint: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "blueprintVersionId": "550e8400-e29b-41d4-a716-446655440000",
                 *       "input": {
                 *         "nodeInputs": [
                 *           {
                 *             "nodeId": "a1b2c3d4-e5f6-7890-abcd-ef1234567890",
                 *             "settingName": "text",
                 *             "value": "A futuristic cityscape at sunset"
                 *           },
                 *           {
                 *             "nodeId": "b2c3d4e5-f6a7-8901-bcde-f12345678901",
                 *             "settingName": "textVariables",
                 *             "value": [
                 *               {
                 *                 "name": "characterName",
                 *                 "value": "Luna"
                 *               },
                 *               {
                 *                 "name": "outfit",
                 *                 "value": "cyberpunk armor"
                 *               }
                 *             ]
                 *           },
                 *           {
                 *             "nodeId": "c3d4e5f6-a7b8-9012-cdef-123456789012",
                 *             "settingName": "imageUrl",
                 *             "value": "https://cdn.leonardo.ai/users/example/image.png"
                 *           }
                 *         ],
                 *         "public": false,
                 *         "collectionIds": []
                 *       }
                 *     }
                 */
                "application/json": {
                    /**
                     * Format: uuid
                     * @description The unique identifier of the Blueprint Version to execute
                     * @example 550e8400-e29b-41d4-a716-446655440000
                     */
                    blueprintVersionId: string;
                    input: {
                        /** @description Array of node input objects to customize the Blueprint */
                        nodeInputs: components["schemas"]["NodeInput"][];
                        /**
                         * @description Whether the resulting generations should be public
                         * @example false
                         */
                        public: boolean;
                        /**
                         * @description Optional list of collection IDs to add the generations to
                         * @example []
                         */
                        collectionIds?: components["schemas"]["Bigint"][];
                    };
                };
            };
        };
        responses: {
            /** @description Responses for POST /blueprint-executions */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        executeBlueprint: {
                            /**
                             * Format: uuid
                             * @description The unique identifier of the Blueprint Execution
                             * @example 550e8400-e29b-41d4-a716-446655440000
                             */
                            akUUID: string;
                        };
                    } | components["schemas"]["ApiError"][];
                };
            };
            /** @description Bad Request - Invalid input type or missing required GraphQL field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Error message describing the invalid input type or missing field
                         * @example Invalid input type: expected 'string' for field 'blueprintVersionId'
                         */
                        error?: string;
                    };
                };
            };
        };
    };
    getBlueprintExecution: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The akUUID of the Blueprint Execution to retrieve */
                id: components["schemas"]["Uuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successfully retrieved Blueprint Execution */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        blueprintExecution?: components["schemas"]["BlueprintExecution"];
                    } | components["schemas"]["ApiError"][];
                };
            };
        };
    };
    getBlueprintExecutionGenerations: {
        parameters: {
            query?: {
                /** @description Number of generations to return from the beginning of the list (forward pagination) */
                first?: number;
                /** @description Cursor for forward pagination - returns generations after this cursor */
                after?: components["schemas"]["Cursor"];
                /** @description Number of generations to return from the end of the list (backward pagination) */
                last?: number;
                /** @description Cursor for backward pagination - returns generations before this cursor */
                before?: components["schemas"]["Cursor"];
            };
            header?: never;
            path: {
                /** @description The akUUID of the Blueprint Execution to retrieve generations for */
                id: components["schemas"]["Uuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successfully retrieved Blueprint Execution Generations */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        blueprintExecutionGenerations?: components["schemas"]["BlueprintExecutionGenerationsConnection"];
                    };
                };
            };
        };
    };
}
