export interface paths {
    "/v1/credits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the user's credits
         * @description Get the user's credits
         */
        get: operations["get_credits_v1_credits_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/get_result": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Result
         * @description An endpoint for getting generation task result.
         */
        get: operations["get_result_v1_get_result_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/flux-pro-1.1": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate an image with FLUX 1.1 [pro].
         * @description Submits an image generation task with FLUX 1.1 [pro].
         */
        post: operations["flux_pro_1_1_v1_flux_pro_1_1_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/flux-dev": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate an image with FLUX.1 [dev].
         * @description Submits an image generation task with FLUX.1 [dev].
         */
        post: operations["flux_dev_v1_flux_dev_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/flux-pro-1.1-ultra": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate an image with FLUX 1.1 [pro] with ultra mode and optional raw mode.
         * @description Submits an image generation task with FLUX 1.1 [pro] with ultra mode and optional raw mode.
         */
        post: operations["generate_flux_1_1_ultra_v1_flux_pro_1_1_ultra_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/flux-pro-1.0-fill": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate an image with FLUX.1 Fill [pro] using an input image and mask.
         * @description Submits an image generation task with the FLUX.1 Fill [pro] model using an input image and mask. Mask can be applied to alpha channel or submitted as a separate image.
         */
        post: operations["fill_v1_flux_pro_1_0_fill_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/flux-pro-1.0-expand": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Expand an image by adding pixels on any side.
         * @description Submits an image expansion task that adds the specified number of pixels to any combination of sides (top, bottom, left, right) while maintaining context.
         */
        post: operations["expand_v1_flux_pro_1_0_expand_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/flux-kontext-pro": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an image with FLUX.1 Kontext [pro] (legacy, use FLUX.2 [PRO] for editing)
         * @description Submits an image creation task with FLUX.1 Kontext [pro]. For image editing, prefer FLUX.2 [PRO] (/flux-2-pro) or FLUX.2 [FLEX] (/flux-2-flex) which are the recommended default models for editing workflows.
         */
        post: operations["generate_flux_kontext_pro_v1_flux_kontext_pro_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/flux-kontext-max": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an image with FLUX.1 Kontext [max] (legacy, use FLUX.2 [PRO] for editing)
         * @description Submits an image creation task with FLUX.1 Kontext [max]. For image editing, prefer FLUX.2 [PRO] (/flux-2-pro) or FLUX.2 [FLEX] (/flux-2-flex) which are the recommended default models for editing workflows.
         */
        post: operations["generate_flux_kontext_max_v1_flux_kontext_max_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/flux-2-max": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate or edit an image with FLUX.2 [MAX] (highest quality)
         * @description Submits an image generation or editing task with FLUX.2 [MAX]. Highest quality FLUX.2 model for image generation and editing.
         */
        post: operations["generate_flux_2_max_v1_flux_2_max_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/flux-2-klein-9b": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate or edit an image with FLUX.2 [Klein 9B] (fast editing)
         * @description Submits an image generation or editing task with FLUX.2 [Klein 9B]. Fast, lightweight model for image generation and editing.
         */
        post: operations["generate_flux_2_klein_9b_v1_flux_2_klein_9b_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/flux-2-klein-4b": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate or edit an image with FLUX.2 [Klein 4B] (fastest editing)
         * @description Submits an image generation or editing task with FLUX.2 [Klein 4B]. Fastest, most lightweight model for image generation and editing.
         */
        post: operations["generate_flux_2_klein_4b_v1_flux_2_klein_4b_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/flux-2-klein-9b-preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate or edit an image with FLUX.2 [Klein 9B KV] (fast editing with caching)
         * @description Submits an image generation or editing task with FLUX.2 [Klein 9B] with KV caching for improved performance.
         */
        post: operations["generate_flux_2_klein_9b_kv_v1_flux_2_klein_9b_preview_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/flux-2-pro-preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate or edit an image with FLUX.2 [PRO] Preview (recommended for editing)
         * @description Submits an image generation or editing task with FLUX.2 [PRO] Preview. This is a recommended model for image editing and generation.
         */
        post: operations["generate_flux_2_pro_preview_v1_flux_2_pro_preview_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/flux-2-pro": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate or edit an image with FLUX.2 [PRO] (recommended for editing)
         * @description Submits an image generation or editing task with FLUX.2 [PRO]. This is the recommended default model for image editing and generation. Supports text-to-image and image-to-image editing workflows.
         */
        post: operations["generate_flux_2_pro_v1_flux_2_pro_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/flux-2-flex": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate or edit an image with FLUX.2 [FLEX] (recommended for editing)
         * @description Submits an image generation or editing task with FLUX.2 [FLEX]. This is a recommended model for image editing and generation. Supports flexible text-to-image and image-to-image editing workflows.
         */
        post: operations["generate_flux_2_flex_v1_flux_2_flex_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/finetune_details": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Finetune Details
         * @description Get details about the training parameters and other metadata connected to a specific finetune_id that was created by the user.
         */
        get: operations["finetune_details_v1_finetune_details_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/flux-pro-1.0-fill-finetuned": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate an image with FLUX.1 Fill [pro] finetune using an input image and mask.
         * @description Submits an image generation task with the FLUX.1 Fill [pro] finetune model using an input image and mask. Mask can be applied to alpha channel or submitted as a separate image.
         */
        post: operations["flux_pro_1_0_fill_finetuned_v1_flux_pro_1_0_fill_finetuned_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/my_finetunes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My Finetunes
         * @description List all finetune_ids created by the user
         */
        get: operations["my_finetunes_v1_my_finetunes_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/delete_finetune": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Delete Finetune
         * @description Delete a finetune_id that was created by the user
         */
        post: operations["delete_finetune_v1_delete_finetune_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/flux-pro-1.1-ultra-finetuned": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate an image with FLUX 1.1 [pro] finetune with ultra mode.
         * @description Submits an image generation task with FLUX 1.1 [pro] finetune with ultra mode.
         */
        post: operations["generate_bigblue_finetuned_v1_flux_pro_1_1_ultra_finetuned_post"];
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
        /** AsyncResponse */
        AsyncResponse: {
            /** Id */
            id: string;
            /** Polling Url */
            polling_url: string;
            /**
             * Cost
             * @description Cost in credits for this request
             */
            cost?: number | null;
            /**
             * Input Mp
             * @description Input megapixels (2 decimal places)
             */
            input_mp?: number | null;
            /**
             * Output Mp
             * @description Output megapixels (2 decimal places)
             */
            output_mp?: number | null;
        };
        /** AsyncWebhookResponse */
        AsyncWebhookResponse: {
            /** Id */
            id: string;
            /** Status */
            status: string;
            /** Webhook Url */
            webhook_url: string;
            /**
             * Cost
             * @description Cost in credits for this request
             */
            cost?: number | null;
            /**
             * Input Mp
             * @description Input megapixels (2 decimal places)
             */
            input_mp?: number | null;
            /**
             * Output Mp
             * @description Output megapixels (2 decimal places)
             */
            output_mp?: number | null;
        };
        /** CreditsResponse */
        CreditsResponse: {
            /**
             * Credits
             * @description User's current credit balance
             */
            credits: number;
        };
        /** DeleteFinetuneInputs */
        DeleteFinetuneInputs: {
            /**
             * Finetune Id
             * @description Name of the LoRA to delete.
             * @example my-finetune
             */
            finetune_id: string;
        };
        /** DeleteFinetuneResponse */
        DeleteFinetuneResponse: {
            /**
             * Status
             * @description Status of the deletion
             */
            status: string;
            /**
             * Message
             * @description Message about the deletion
             */
            message: string;
            /**
             * Deleted Finetune Id
             * @description ID of the deleted finetune
             */
            deleted_finetune_id: string;
            /**
             * Timestamp
             * @description Timestamp of the deletion
             */
            timestamp: string;
        };
        /** FinetuneDetailResponse */
        FinetuneDetailResponse: {
            /**
             * Finetune Details
             * @description Details about the parameters used for finetuning
             */
            finetune_details: {
                [key: string]: unknown;
            };
        };
        /** FinetuneFluxProFillInputs */
        FinetuneFluxProFillInputs: {
            /**
             * Finetune Id
             * @description Name of the LoRA to use. For LoRAs from other organizations (public or shared), use the format 'org-id/lora-name'.
             * @example my-finetune
             */
            finetune_id: string;
            /**
             * Finetune Strength
             * @description Strength of the fine-tuned model. 0.0 means no influence, 1.0 means full influence. Allowed values up to 2.0
             * @default 1.1
             */
            finetune_strength?: number;
            /**
             * Image
             * @description A Base64-encoded string representing the image you wish to modify. Can contain alpha mask if desired.
             */
            image: string;
            /**
             * Mask
             * @description A Base64-encoded string representing a mask for the areas you want to modify in the image. The mask should be the same dimensions as the image and in black and white. Black areas (0%) indicate no modification, while white areas (100%) specify areas for inpainting. Optional if you provide an alpha mask in the original image. Validation: The endpoint verifies that the dimensions of the mask match the original image.
             */
            mask?: string | null;
            /**
             * Prompt
             * @description The description of the changes you want to make. This text guides the inpainting process, allowing you to specify features, styles, or modifications for the masked area.
             * @default
             * @example ein fantastisches bild
             */
            prompt?: string;
            /**
             * Steps
             * @description Number of steps for the image generation process
             * @default 50
             * @example 50
             */
            steps?: number;
            /**
             * Prompt Upsampling
             * @description Whether to perform upsampling on the prompt. If active, automatically modifies the prompt for more creative generation
             * @default false
             */
            prompt_upsampling?: boolean;
            /**
             * Seed
             * @description Optional seed for reproducibility
             */
            seed?: number | null;
            /**
             * Guidance
             * @description Guidance strength for the image generation process
             * @default 60
             */
            guidance?: number;
            /**
             * @description Output format for the generated image. Can be 'jpeg', 'png', or 'webp'.
             * @default jpeg
             */
            output_format?: components["schemas"]["OutputFormat"] | null;
            /**
             * Safety Tolerance
             * @description Tolerance level for input and output moderation. Between 0 and 6, 0 being most strict, 6 being least strict.
             * @default 2
             * @example 2
             */
            safety_tolerance?: number;
            /**
             * Webhook Url
             * @description URL to receive webhook notifications
             */
            webhook_url?: string | null;
            /**
             * Webhook Secret
             * @description Optional secret for webhook signature verification
             */
            webhook_secret?: string | null;
        };
        /** FinetuneFluxUltraInput */
        FinetuneFluxUltraInput: {
            /**
             * Finetune Id
             * @description Name of the LoRA to use. For LoRAs from other organizations (public or shared), use the format 'org-id/lora-name'.
             * @example my-finetune
             */
            finetune_id: string;
            /**
             * Finetune Strength
             * @description Strength of the fine-tuned model. 0.0 means no influence, 1.0 means full influence. Allowed values up to 2.0
             * @default 1.2
             */
            finetune_strength?: number;
            /**
             * Prompt
             * @description The prompt to use for image generation.
             * @default
             * @example A beautiful landscape with mountains and a lake
             */
            prompt?: string | null;
            /**
             * Seed
             * @description Optional seed for reproducibility. If not provided, a random seed will be used.
             * @example 42
             */
            seed?: number | null;
            /**
             * Aspect Ratio
             * @description Aspect ratio of the image between 21:9 and 9:21
             * @default 16:9
             */
            aspect_ratio?: string;
            /**
             * Safety Tolerance
             * @description Tolerance level for input and output moderation. Between 0 and 6, 0 being most strict, 6 being least strict.
             * @default 2
             * @example 2
             */
            safety_tolerance?: number;
            /**
             * @description Output format for the generated image. Can be 'jpeg', 'png', or 'webp'.
             * @default jpeg
             */
            output_format?: components["schemas"]["OutputFormat"] | null;
            /**
             * Image Prompt
             * @description Optional image to remix in base64 format
             */
            image_prompt?: string | null;
            /**
             * Image Prompt Strength
             * @description Blend between the prompt and the image prompt
             * @default 0.1
             */
            image_prompt_strength?: number;
            /**
             * Prompt Upsampling
             * @description Whether to perform upsampling on the prompt. If active, automatically modifies the prompt for more creative generation
             * @default false
             */
            prompt_upsampling?: boolean;
            /**
             * Webhook Url
             * @description URL to receive webhook notifications
             */
            webhook_url?: string | null;
            /**
             * Webhook Secret
             * @description Optional secret for webhook signature verification
             */
            webhook_secret?: string | null;
        };
        /** Flux2FlexInputs */
        Flux2FlexInputs: {
            /**
             * Prompt
             * @description Text prompt for image generation.
             * @example ein fantastisches bild
             */
            prompt: string;
            /**
             * Prompt Upsampling
             * @description Whether to use prompt upsampling.
             * @default true
             */
            prompt_upsampling?: boolean | null;
            /**
             * Input Image
             * @description Path to the input image.
             */
            input_image?: string | null;
            /**
             * Input Image 2
             * @description Path to the second input image.
             */
            input_image_2?: string | null;
            /**
             * Input Image 3
             * @description Path to the third input image.
             */
            input_image_3?: string | null;
            /**
             * Input Image 4
             * @description Path to the fourth input image.
             */
            input_image_4?: string | null;
            /**
             * Input Image 5
             * @description Path to the fifth input image.
             */
            input_image_5?: string | null;
            /**
             * Input Image 6
             * @description Path to the sixth input image.
             */
            input_image_6?: string | null;
            /**
             * Input Image 7
             * @description Path to the seventh input image.
             */
            input_image_7?: string | null;
            /**
             * Input Image 8
             * @description Path to the eighth input image.
             */
            input_image_8?: string | null;
            /**
             * Input Image Blob Path
             * @description Blob path to the input image.
             */
            input_image_blob_path?: string | null;
            /**
             * Seed
             * @description Optional seed for reproducibility.
             * @example 42
             */
            seed?: number | null;
            /**
             * Width
             * @description Width of the image
             * @default 0
             */
            width?: number | null;
            /**
             * Height
             * @description Height of the image
             * @default 0
             */
            height?: number | null;
            /**
             * Guidance
             * @description Guidance scale for image generation. High guidance scales improve prompt adherence at the cost of reduced realism.
             * @default 5
             * @example 5
             */
            guidance?: number | null;
            /**
             * Steps
             * @description Number of steps for image generation. Higher steps lead to more detailed and realistic images.
             * @default 50
             * @example 50
             */
            steps?: number | null;
            /**
             * Safety Tolerance
             * @description Tolerance level for input and output moderation. Between 0 and 5, 0 being most strict, 5 being least strict. If you wish to increase the safety_tolerance beyond these levels please reach out to the team.
             * @default 2
             */
            safety_tolerance?: number;
            /** @default jpeg */
            output_format?: components["schemas"]["OutputFormat"] | null;
            /**
             * Webhook Url
             * @description URL to receive webhook notifications
             */
            webhook_url?: string | null;
            /**
             * Webhook Secret
             * @description Optional secret for webhook signature verification
             */
            webhook_secret?: string | null;
        };
        /** Flux2Inputs */
        Flux2Inputs: {
            /**
             * Prompt
             * @description Text prompt for image generation.
             * @example ein fantastisches bild
             */
            prompt: string;
            /**
             * Input Image
             * @description Path to the input image.
             */
            input_image?: string | null;
            /**
             * Input Image 2
             * @description Path to the second input image.
             */
            input_image_2?: string | null;
            /**
             * Input Image 3
             * @description Path to the third input image.
             */
            input_image_3?: string | null;
            /**
             * Input Image 4
             * @description Path to the fourth input image.
             */
            input_image_4?: string | null;
            /**
             * Input Image 5
             * @description Path to the fifth input image.
             */
            input_image_5?: string | null;
            /**
             * Input Image 6
             * @description Path to the sixth input image.
             */
            input_image_6?: string | null;
            /**
             * Input Image 7
             * @description Path to the seventh input image.
             */
            input_image_7?: string | null;
            /**
             * Input Image 8
             * @description Path to the eighth input image.
             */
            input_image_8?: string | null;
            /**
             * Seed
             * @description Optional seed for reproducibility.
             * @example 42
             */
            seed?: number | null;
            /**
             * Width
             * @description Width of the image
             * @default 0
             */
            width?: number | null;
            /**
             * Height
             * @description Height of the image
             * @default 0
             */
            height?: number | null;
            /**
             * Safety Tolerance
             * @description Tolerance level for input and output moderation. Between 0 and 5, 0 being most strict, 5 being least strict. If you wish to increase the safety_tolerance beyond these levels please reach out to the team.
             * @default 2
             */
            safety_tolerance?: number;
            /** @default jpeg */
            output_format?: components["schemas"]["OutputFormat"] | null;
            /**
             * Webhook Url
             * @description URL to receive webhook notifications
             */
            webhook_url?: string | null;
            /**
             * Webhook Secret
             * @description Optional secret for webhook signature verification
             */
            webhook_secret?: string | null;
        };
        /**
         * Flux2KleinInputs
         * @description Input model for FLUX.2 Klein (non-base) - like Pro but max 4 images.
         */
        Flux2KleinInputs: {
            /**
             * Prompt
             * @description Text prompt for image generation.
             * @example ein fantastisches bild
             */
            prompt: string;
            /**
             * Input Image
             * @description Path to the input image.
             */
            input_image?: string | null;
            /**
             * Input Image 2
             * @description Path to the second input image.
             */
            input_image_2?: string | null;
            /**
             * Input Image 3
             * @description Path to the third input image.
             */
            input_image_3?: string | null;
            /**
             * Input Image 4
             * @description Path to the fourth input image.
             */
            input_image_4?: string | null;
            /**
             * Seed
             * @description Optional seed for reproducibility.
             * @example 42
             */
            seed?: number | null;
            /**
             * Width
             * @description Width of the image
             * @default 0
             */
            width?: number | null;
            /**
             * Height
             * @description Height of the image
             * @default 0
             */
            height?: number | null;
            /**
             * Safety Tolerance
             * @description Tolerance level for input and output moderation. Between 0 and 5, 0 being most strict, 5 being least strict. If you wish to increase the safety_tolerance beyond these levels please reach out to the team.
             * @default 2
             */
            safety_tolerance?: number;
            /** @default jpeg */
            output_format?: components["schemas"]["OutputFormat"] | null;
            /**
             * Webhook Url
             * @description URL to receive webhook notifications
             */
            webhook_url?: string | null;
            /**
             * Webhook Secret
             * @description Optional secret for webhook signature verification
             */
            webhook_secret?: string | null;
        };
        /** FluxDevInputs */
        FluxDevInputs: {
            /**
             * Prompt
             * @description Text prompt for image generation.
             * @default
             * @example ein fantastisches bild
             */
            prompt?: string;
            /**
             * Image Prompt
             * @description Optional base64 encoded image to use as a prompt for generation.
             */
            image_prompt?: string | null;
            /**
             * Width
             * @description Width of the generated image in pixels. Must be a multiple of 32.
             * @default 1024
             */
            width?: number;
            /**
             * Height
             * @description Height of the generated image in pixels. Must be a multiple of 32.
             * @default 768
             */
            height?: number;
            /**
             * Steps
             * @description Number of steps for the image generation process.
             * @default 28
             * @example 28
             */
            steps?: number | null;
            /**
             * Prompt Upsampling
             * @description Whether to perform upsampling on the prompt. If active, automatically modifies the prompt for more creative generation.
             * @default false
             */
            prompt_upsampling?: boolean;
            /**
             * Seed
             * @description Optional seed for reproducibility.
             * @example 42
             */
            seed?: number | null;
            /**
             * Guidance
             * @description Guidance scale for image generation. High guidance scales improve prompt adherence at the cost of reduced realism.
             * @default 3
             * @example 3
             */
            guidance?: number | null;
            /**
             * Safety Tolerance
             * @description Tolerance level for input and output moderation. Between 0 and 6, 0 being most strict, 6 being least strict.
             * @default 2
             * @example 2
             */
            safety_tolerance?: number;
            /**
             * @description Output format for the generated image. Can be 'jpeg', 'png', or 'webp'.
             * @default jpeg
             */
            output_format?: components["schemas"]["OutputFormat"] | null;
            /**
             * Webhook Url
             * @description URL to receive webhook notifications
             */
            webhook_url?: string | null;
            /**
             * Webhook Secret
             * @description Optional secret for webhook signature verification
             */
            webhook_secret?: string | null;
        };
        /** FluxKontextProInputs */
        FluxKontextProInputs: {
            /**
             * Prompt
             * @description Text prompt for image generation.
             * @example ein fantastisches bild
             */
            prompt: string;
            /**
             * Input Image
             * @description Base64 encoded image or URL to use with Kontext.
             */
            input_image?: string | null;
            /**
             * Input Image 2
             * @description Base64 encoded image or URL to use with Kontext. *Experimental Multiref*
             */
            input_image_2?: string | null;
            /**
             * Input Image 3
             * @description Base64 encoded image or URL to use with Kontext. *Experimental Multiref*
             */
            input_image_3?: string | null;
            /**
             * Input Image 4
             * @description Base64 encoded image or URL to use with Kontext. *Experimental Multiref*
             */
            input_image_4?: string | null;
            /**
             * Seed
             * @description Optional seed for reproducibility.
             * @example 42
             */
            seed?: number | null;
            /**
             * Aspect Ratio
             * @description Aspect ratio of the image between 21:9 and 9:21
             */
            aspect_ratio?: string | null;
            /**
             * @description Output format for the generated image. Can be 'jpeg', 'png', or 'webp'.
             * @default png
             */
            output_format?: components["schemas"]["OutputFormat"] | null;
            /**
             * Webhook Url
             * @description URL to receive webhook notifications
             */
            webhook_url?: string | null;
            /**
             * Webhook Secret
             * @description Optional secret for webhook signature verification
             */
            webhook_secret?: string | null;
            /**
             * Prompt Upsampling
             * @description Whether to perform upsampling on the prompt. If active, automatically modifies the prompt for more creative generation.
             * @default false
             */
            prompt_upsampling?: boolean;
            /**
             * Safety Tolerance
             * @description Tolerance level for input and output moderation. Between 0 and 6, 0 being most strict, 6 being least strict.
             * @default 2
             * @example 2
             */
            safety_tolerance?: number;
        };
        /** FluxPro11Inputs */
        FluxPro11Inputs: {
            /**
             * Prompt
             * @description Text prompt for image generation.
             * @default
             * @example ein fantastisches bild
             */
            prompt?: string | null;
            /**
             * Image Prompt
             * @description Optional base64 encoded image to use with Flux Redux.
             */
            image_prompt?: string | null;
            /**
             * Width
             * @description Width of the generated image in pixels. Must be a multiple of 32.
             * @default 1024
             */
            width?: number;
            /**
             * Height
             * @description Height of the generated image in pixels. Must be a multiple of 32.
             * @default 768
             */
            height?: number;
            /**
             * Prompt Upsampling
             * @description Whether to perform upsampling on the prompt. If active, automatically modifies the prompt for more creative generation.
             * @default false
             */
            prompt_upsampling?: boolean;
            /**
             * Seed
             * @description Optional seed for reproducibility.
             * @example 42
             */
            seed?: number | null;
            /**
             * Safety Tolerance
             * @description Tolerance level for input and output moderation. Between 0 and 6, 0 being most strict, 6 being least strict.
             * @default 2
             * @example 2
             */
            safety_tolerance?: number;
            /**
             * @description Output format for the generated image. Can be 'jpeg', 'png', or 'webp'.
             * @default jpeg
             */
            output_format?: components["schemas"]["OutputFormat"] | null;
            /**
             * Webhook Url
             * @description URL to receive webhook notifications
             */
            webhook_url?: string | null;
            /**
             * Webhook Secret
             * @description Optional secret for webhook signature verification
             */
            webhook_secret?: string | null;
        };
        /** FluxProExpandInputs */
        FluxProExpandInputs: {
            /**
             * Image
             * @description A Base64-encoded string representing the image you wish to expand.
             */
            image: string;
            /**
             * Top
             * @description Number of pixels to expand at the top of the image
             * @default 0
             */
            top?: number | null;
            /**
             * Bottom
             * @description Number of pixels to expand at the bottom of the image
             * @default 0
             */
            bottom?: number | null;
            /**
             * Left
             * @description Number of pixels to expand on the left side of the image
             * @default 0
             */
            left?: number | null;
            /**
             * Right
             * @description Number of pixels to expand on the right side of the image
             * @default 0
             */
            right?: number | null;
            /**
             * Prompt
             * @description The description of the changes you want to make. This text guides the expansion process, allowing you to specify features, styles, or modifications for the expanded areas.
             * @default
             * @example ein fantastisches bild
             */
            prompt?: string | null;
            /**
             * Steps
             * @description Number of steps for the image generation process
             * @default 50
             * @example 50
             */
            steps?: number | null;
            /**
             * Prompt Upsampling
             * @description Whether to perform upsampling on the prompt. If active, automatically modifies the prompt for more creative generation
             * @default false
             */
            prompt_upsampling?: boolean | null;
            /**
             * Seed
             * @description Optional seed for reproducibility
             */
            seed?: number | null;
            /**
             * Guidance
             * @description Guidance strength for the image generation process
             * @default 60
             */
            guidance?: number | null;
            /**
             * @description Output format for the generated image. Can be 'jpeg', 'png', or 'webp'.
             * @default jpeg
             */
            output_format?: components["schemas"]["OutputFormat"] | null;
            /**
             * Safety Tolerance
             * @description Tolerance level for input and output moderation. Between 0 and 6, 0 being most strict, 6 being least strict.
             * @default 2
             * @example 2
             */
            safety_tolerance?: number;
            /**
             * Webhook Url
             * @description URL to receive webhook notifications
             */
            webhook_url?: string | null;
            /**
             * Webhook Secret
             * @description Optional secret for webhook signature verification
             */
            webhook_secret?: string | null;
        };
        /** FluxProFillInputs */
        FluxProFillInputs: {
            /**
             * Image
             * @description A Base64-encoded string representing the image you wish to modify. Can contain alpha mask if desired.
             */
            image: string;
            /**
             * Mask
             * @description A Base64-encoded string representing a mask for the areas you want to modify in the image. The mask should be the same dimensions as the image and in black and white. Black areas (0%) indicate no modification, while white areas (100%) specify areas for inpainting. Optional if you provide an alpha mask in the original image. Validation: The endpoint verifies that the dimensions of the mask match the original image.
             */
            mask?: string | null;
            /**
             * Prompt
             * @description The description of the changes you want to make. This text guides the inpainting process, allowing you to specify features, styles, or modifications for the masked area.
             * @default
             * @example ein fantastisches bild
             */
            prompt?: string | null;
            /**
             * Steps
             * @description Number of steps for the image generation process
             * @default 50
             * @example 50
             */
            steps?: number | null;
            /**
             * Prompt Upsampling
             * @description Whether to perform upsampling on the prompt. If active, automatically modifies the prompt for more creative generation
             * @default false
             */
            prompt_upsampling?: boolean | null;
            /**
             * Seed
             * @description Optional seed for reproducibility
             */
            seed?: number | null;
            /**
             * Guidance
             * @description Guidance strength for the image generation process
             * @default 60
             */
            guidance?: number | null;
            /**
             * @description Output format for the generated image. Can be 'jpeg', 'png', or 'webp'.
             * @default jpeg
             */
            output_format?: components["schemas"]["OutputFormat"] | null;
            /**
             * Safety Tolerance
             * @description Tolerance level for input and output moderation. Between 0 and 6, 0 being most strict, 6 being least strict.
             * @default 2
             * @example 2
             */
            safety_tolerance?: number;
            /**
             * Webhook Url
             * @description URL to receive webhook notifications
             */
            webhook_url?: string | null;
            /**
             * Webhook Secret
             * @description Optional secret for webhook signature verification
             */
            webhook_secret?: string | null;
        };
        /** FluxUltraInput */
        FluxUltraInput: {
            /**
             * Prompt
             * @description The prompt to use for image generation.
             * @default
             * @example A beautiful landscape with mountains and a lake
             */
            prompt?: string | null;
            /**
             * Prompt Upsampling
             * @description Whether to perform upsampling on the prompt. If active, automatically modifies the prompt for more creative generation.
             * @default false
             */
            prompt_upsampling?: boolean;
            /**
             * Seed
             * @description Optional seed for reproducibility. If not provided, a random seed will be used.
             * @example 42
             */
            seed?: number | null;
            /**
             * Aspect Ratio
             * @description Aspect ratio of the image between 21:9 and 9:21
             * @default 16:9
             */
            aspect_ratio?: string;
            /**
             * Safety Tolerance
             * @description Tolerance level for input and output moderation. Between 0 and 6, 0 being most strict, 6 being least strict.
             * @default 2
             * @example 2
             */
            safety_tolerance?: number;
            /**
             * @description Output format for the generated image. Can be 'jpeg', 'png', or 'webp'.
             * @default jpeg
             */
            output_format?: components["schemas"]["OutputFormat"] | null;
            /**
             * Raw
             * @description Generate less processed, more natural-looking images
             * @default false
             * @example false
             */
            raw?: boolean;
            /**
             * Image Prompt
             * @description Optional image to remix in base64 format
             */
            image_prompt?: string | null;
            /**
             * Image Prompt Strength
             * @description Blend between the prompt and the image prompt
             * @default 0.1
             */
            image_prompt_strength?: number;
            /**
             * Webhook Url
             * @description URL to receive webhook notifications
             */
            webhook_url?: string | null;
            /**
             * Webhook Secret
             * @description Optional secret for webhook signature verification
             */
            webhook_secret?: string | null;
        };
        /** HTTPValidationError */
        HTTPValidationError: {
            /** Detail */
            detail?: components["schemas"]["ValidationError"][];
        };
        /** MyFinetunesResponse */
        MyFinetunesResponse: {
            /**
             * Finetunes
             * @description List of finetunes created by the user
             */
            finetunes: unknown[];
        };
        /**
         * OutputFormat
         * @enum {string}
         */
        OutputFormat: "jpeg" | "png" | "webp";
        /** ResultResponse */
        ResultResponse: {
            /**
             * Id
             * @description Task id for retrieving result
             */
            id: string;
            status: components["schemas"]["StatusResponse"];
            /** Progress */
            progress?: number | null;
            /** Details */
            details?: {
                [key: string]: unknown;
            } | null;
            /** Preview */
            preview?: {
                [key: string]: unknown;
            } | null;
            /**
             * Result
             * @description The task's output once `status` is `Ready`: `sample` is the signed URL of the image.
             */
            result?: components["schemas"]["TaskResult"] | null;
        };
        /**
         * StatusResponse
         * @enum {string}
         */
        StatusResponse: "Task not found" | "Pending" | "Request Moderated" | "Content Moderated" | "Ready" | "Error";
        /** ValidationError */
        ValidationError: {
            /** Location */
            loc: (string | number)[];
            /** Message */
            msg: string;
            /** Error Type */
            type: string;
        };
        /** TaskResult */
        TaskResult: {
            /** @description Signed URL of the generated image, valid for a limited time. */
            sample?: string;
        } & {
            [key: string]: unknown;
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
    get_credits_v1_credits_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreditsResponse"];
                };
            };
        };
    };
    get_result_v1_get_result_get: {
        parameters: {
            query: {
                id: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResultResponse"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    flux_pro_1_1_v1_flux_pro_1_1_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FluxPro11Inputs"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AsyncResponse"] | components["schemas"]["AsyncWebhookResponse"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    flux_dev_v1_flux_dev_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FluxDevInputs"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AsyncResponse"] | components["schemas"]["AsyncWebhookResponse"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    generate_flux_1_1_ultra_v1_flux_pro_1_1_ultra_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FluxUltraInput"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AsyncResponse"] | components["schemas"]["AsyncWebhookResponse"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    fill_v1_flux_pro_1_0_fill_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FluxProFillInputs"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AsyncResponse"] | components["schemas"]["AsyncWebhookResponse"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    expand_v1_flux_pro_1_0_expand_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FluxProExpandInputs"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AsyncResponse"] | components["schemas"]["AsyncWebhookResponse"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    generate_flux_kontext_pro_v1_flux_kontext_pro_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FluxKontextProInputs"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AsyncResponse"] | components["schemas"]["AsyncWebhookResponse"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    generate_flux_kontext_max_v1_flux_kontext_max_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FluxKontextProInputs"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AsyncResponse"] | components["schemas"]["AsyncWebhookResponse"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    generate_flux_2_max_v1_flux_2_max_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Flux2Inputs"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AsyncResponse"] | components["schemas"]["AsyncWebhookResponse"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    generate_flux_2_klein_9b_v1_flux_2_klein_9b_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Flux2KleinInputs"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AsyncResponse"] | components["schemas"]["AsyncWebhookResponse"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    generate_flux_2_klein_4b_v1_flux_2_klein_4b_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Flux2KleinInputs"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AsyncResponse"] | components["schemas"]["AsyncWebhookResponse"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    generate_flux_2_klein_9b_kv_v1_flux_2_klein_9b_preview_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Flux2KleinInputs"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AsyncResponse"] | components["schemas"]["AsyncWebhookResponse"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    generate_flux_2_pro_preview_v1_flux_2_pro_preview_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Flux2Inputs"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AsyncResponse"] | components["schemas"]["AsyncWebhookResponse"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    generate_flux_2_pro_v1_flux_2_pro_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Flux2Inputs"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AsyncResponse"] | components["schemas"]["AsyncWebhookResponse"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    generate_flux_2_flex_v1_flux_2_flex_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Flux2FlexInputs"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AsyncResponse"] | components["schemas"]["AsyncWebhookResponse"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    finetune_details_v1_finetune_details_get: {
        parameters: {
            query: {
                finetune_id: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FinetuneDetailResponse"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    flux_pro_1_0_fill_finetuned_v1_flux_pro_1_0_fill_finetuned_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FinetuneFluxProFillInputs"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AsyncResponse"] | components["schemas"]["AsyncWebhookResponse"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    my_finetunes_v1_my_finetunes_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyFinetunesResponse"];
                };
            };
        };
    };
    delete_finetune_v1_delete_finetune_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeleteFinetuneInputs"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeleteFinetuneResponse"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    generate_bigblue_finetuned_v1_flux_pro_1_1_ultra_finetuned_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FinetuneFluxUltraInput"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AsyncResponse"] | components["schemas"]["AsyncWebhookResponse"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
}
