export interface paths {
    "/datasets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List datasets
         * @description Lists all datasets for the authenticated user
         */
        get: operations["list_datasets"];
        put?: never;
        /**
         * Create a new dataset
         * @description Creates a new dataset
         */
        post: operations["create_dataset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/datasets/{dataset_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a dataset
         * @description Returns a dataset by ID, including the total number of files and a list of each file's name and size in bytes.
         */
        get: operations["get_dataset"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/datasets/{dataset_id}/train_model": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Train a model from a dataset
         * @description Start training a custom model from a dataset. The dataset must contain at least 15 images and a maximum of 100 images. Returns the model ID and training status.
         */
        post: operations["train_dataset_model"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/datasets/{dataset_id}/upload_assets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload assets to a dataset
         * @description Upload image assets to a dataset for model training. Accepts individual images (JPEG, PNG, WebP), optional .txt caption sidecar files, and/or ZIP archives containing images and captions. A dataset can contain up to 100 images.
         */
        post: operations["upload_dataset_assets"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/describe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Describe
         * @description Describe an image.
         *
         *     Supported image formats include JPEG, PNG, and WebP.
         */
        post: operations["post_describe"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/edit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Edit (legacy)
         * @description Edit a given image synchronously using the provided mask. The mask indicates which part of the image
         *     should be edited, while the prompt and chosen style type can further guide the edit.
         *
         *     Supported image formats include JPEG, PNG, and WebP.
         *
         *     Images links are available for a limited period of time; if you would like to keep the image, you must download it.
         */
        post: operations["post_edit_image"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/generate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate (legacy)
         * @description Generates images synchronously based on a given prompt and optional parameters.
         *
         *     Images links are available for a limited period of time; if you would like to keep the image, you must download it.
         */
        post: operations["post_generate_image"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/internal-testing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Testing
         * @description Just a testing endpoint
         */
        post: operations["post_internal_testing"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/internal/batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Initiate Batch Magic Prompt Evalution
         * @description Runs automated evaluation of multiple LLM models and system prompts for magic prompt generation.
         *     Generates images using large batches of user prompt inputs. Internal use only (feature flagged).
         */
        post: operations["post_batch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/internal/batch/get-maybe-batch-results/{job_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Batch Magic Prompt Job Results if available.
         * @description Gets the results of a batch magic prompt job if available.
         */
        get: operations["get_maybe_batch_results"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/magic-prompt": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate Magic Prompt
         * @description Transforms basic prompts into a magic prompt. Internal use only (feature flagged). TODO: update description if enabled externally.
         */
        post: operations["post_magic_prompt"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/manage/api/add_credits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add credits to an API user's account. */
        post: operations["post_add_credits_for_api"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/manage/api/api_keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retrieve current API keys and their respective data. */
        get: operations["get_api_keys"];
        put?: never;
        /** Creates an API key. */
        post: operations["create_api_key"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/manage/api/api_keys/{api_key_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete an API key. */
        delete: operations["delete_single_api_key"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/manage/api/api_keys_v2": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create an API key for a specific organization */
        post: operations["create_api_key_v2"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/manage/api/credits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retrieve user credit information and spending metrics */
        get: operations["get_user_credits"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/manage/api/organization/add_members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add members to a specific organization */
        post: operations["add_organization_members"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/manage/api/organization/api_keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retrieve API keys for a specific organization */
        get: operations["get_api_keys_v2"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/manage/api/organization/deactivate_api_key": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Deactivate an API key for a specific organization */
        post: operations["deactivate_organization_api_key"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/manage/api/organization/list_invoices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retrieve invoices for a specific organization */
        get: operations["list_organization_invoices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/manage/api/organization/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retrieve members of a specific organization */
        get: operations["get_organization_members"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/manage/api/organization/promote_members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Promote members to OWNER role in a specific organization */
        post: operations["promote_organization_members"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/manage/api/organization/remove_members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Remove members from a specific organization */
        post: operations["remove_organization_members"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/manage/api/organization/user_suggestions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get search results for user handles with suggestions for a particular organization. */
        get: operations["get_api_organization_user_suggestions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/manage/api/profiles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retrieve the user's current API profiles */
        get: operations["get_api_profiles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/manage/api/reactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reactivates a subscription by attempting to re-enable Metronome billing. */
        post: operations["reactivate_subscription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/manage/api/spend_commit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retrieve user spend commit information */
        get: operations["get_user_spend_commit_info"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/manage/api/stripe_subscription": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retrieve data relevant to connecting to Stripe. */
        get: operations["get_api_stripe_subscription"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/manage/api/subscription": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retrieve data relevant to creating an API subscription. */
        get: operations["get_api_subscription"];
        put?: never;
        /** Update API subscription settings */
        post: operations["post_api_subscription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/manage/api/terms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retrieve the latest terms of service for API usage. */
        get: operations["get_api_terms"];
        put?: never;
        /** Accept terms */
        post: operations["post_api_terms"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/manage/api/usage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retrieve usage information segmented by time period with tool-specific breakdowns */
        get: operations["get_usage_info"];
        put?: never;
        post?: never;
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
        /**
         * List models
         * @description Lists custom models for the authenticated user. Use the `scope` parameter to control which models are returned. If omitted, returns both owned models and models shared with the user's organization via the model registry. `owned` returns only models created by the user. `shared` returns only models shared via the model registry, excluding the user's own models.
         */
        get: operations["list_custom_models"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/models/{model_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get model details
         * @description Get detailed information about a specific custom model. The user must either own the model or the model must be shared with the user's organization via the model registry. Returns 404 if the model is not found or not accessible.
         */
        get: operations["get_custom_model"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reframe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reframe (legacy)
         * @description Reframe a square image to a chosen resolution. The supported image formats include JPEG, PNG, and WebP.
         *
         *     Image links are available for a limited period of time; if you would like to keep the image, you must download it.
         */
        post: operations["post_reframe_image"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/remix": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Remix (legacy)
         * @description Remix provided images synchronously based on a given prompt and optional parameters.
         *
         *     Input images are cropped to the chosen aspect ratio before being remixed.
         *
         *     Supported image formats include JPEG, PNG, and WebP.
         *
         *     Images links are available for a limited period of time; if you would like to keep the image, you must download it.
         */
        post: operations["post_remix_image"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/upscale": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upscale
         * @description Upscale provided images synchronously with an optional prompt.
         *
         *     Supported image formats include JPEG, PNG, and WebP.
         *
         *     Images links are available for a limited period of time; if you would like to keep the image, you must download it.
         */
        post: operations["post_upscale_image"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/edit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Edit images with a prompt
         * @description Edit one or more images using a text prompt. Provide images via file upload
         *     or Ideogram image URLs, and describe the desired edit in your prompt.
         *
         *     Supported image formats include JPEG, PNG, and WebP.
         *
         *     Images links are available for a limited period of time; if you would like to keep the image, you must download it.
         */
        post: operations["post_v1_edit_image"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ideogram-v3/edit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Edit with Ideogram 3.0
         * @description Edit a given image synchronously using the provided mask with Ideogram 3.0. The mask indicates which part of the image
         *     should be edited, while the prompt and chosen style can further guide the edit.
         *
         *     Supported image formats include JPEG, PNG, and WebP.
         *
         *     Images links are available for a limited period of time; if you would like to keep the image, you must download it.
         */
        post: operations["post_edit_image_v3"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ideogram-v3/generate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate with Ideogram 3.0
         * @description Generates images synchronously based on a given prompt and optional parameters using the Ideogram 3.0 model.
         *
         *     Images links are available for a limited period of time; if you would like to keep the image, you must download it.
         */
        post: operations["post_generate_image_v3"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ideogram-v3/generate-design": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate a design from a text prompt with text detection and correction
         * @description Generates a design synchronously from a text prompt using the Ideogram 3.0 model, then detects and corrects text layers within the generated image.
         *
         *     The response includes the generated image URL along with detected text layers (with font, size, color, position) and image asset layers.
         *
         *     Images links are available for a limited period of time; if you would like to keep the image, you must download it.
         */
        post: operations["post_generate_design_v3"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ideogram-v3/generate-transparent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate with Ideogram 3.0 (Transparent Background)
         * @description Generates images with transparent background synchronously based on a given prompt and optional parameters using
         *     the Ideogram 3.0 model. Images will be generated using maximum supported resolution at the specified aspect ratio
         *     to allow best results with upscaler. The selected resolution is written to the response, not the upscaled final
         *     resolution.
         *
         *     Images links are available for a limited period of time; if you would like to keep the image, you must download it.
         */
        post: operations["post_generate_image_v3_transparent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ideogram-v3/graphic": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate graphics with Ideogram 3.0 and text correction
         * @deprecated
         * @description Deprecated: Use /v1/ideogram-v3/generate-design for text-to-design or /v1/ideogram-v3/layerize-design for image-to-design.
         *
         *     Generates graphics synchronously based on a given prompt and optional parameters using the Ideogram 3.0 model, with text detection and correction capabilities.
         *
         *     Images links are available for a limited period of time; if you would like to keep the image, you must download it.
         */
        post: operations["post_generate_graphic_v3"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ideogram-v3/inpaint": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Inpaint with Ideogram 3.0
         * @description Inpaint a given image synchronously using the provided mask with Ideogram 3.0. The mask indicates which part of the image
         *     should be edited, while the prompt and chosen style can further guide the edit.
         *
         *     Supported image formats include JPEG, PNG, and WebP.
         *
         *     Images links are available for a limited period of time; if you would like to keep the image, you must download it.
         */
        post: operations["post_inpaint_image_v3"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ideogram-v3/layerize-design": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Layerize an existing flat graphic image with text detection and correction
         * @description Processes an existing flat graphic image to detect and correct text layers without generating a new image from scratch.
         *
         *     The uploaded image is analyzed for text content, which is then removed and returned as structured text layers with font matching, sizing, and color information.
         *
         *     Supported image formats include JPEG, PNG, and WebP (max size 10MB).
         *
         *     Images links are available for a limited period of time; if you would like to keep the image, you must download it.
         */
        post: operations["post_layerize_design_v3"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ideogram-v3/layerize-text": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Layerize Text
         * @description Analyzes an image to detect text regions, then returns each detected text block with its position, content, font information, and styling.
         *
         *     The response includes a text-erased base image (background with all text removed) and a flat list of detected text blocks.
         *
         *     Supported image formats include JPEG, PNG, and WebP (max size 10MB).
         *
         *     Image links are available for a limited period of time; if you would like to keep the image, you must download it.
         */
        post: operations["post_layerize_text_v3"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ideogram-v3/reframe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reframe with Ideogram 3.0
         * @description Reframe a square image to a chosen resolution with Ideogram 3.0. The supported image formats include JPEG, PNG, and WebP.
         *
         *     Image links are available for a limited period of time; if you would like to keep the image, you must download it.
         */
        post: operations["post_reframe_image_v3"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ideogram-v3/remix": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Remix with Ideogram 3.0
         * @description Remix provided images synchronously based on a given prompt and optional parameters with the Ideogram 3.0 model.
         *
         *     Input images are cropped to the chosen aspect ratio before being remixed.
         *
         *     Supported image formats include JPEG, PNG, and WebP.
         *
         *     Images links are available for a limited period of time; if you would like to keep the image, you must download it.
         */
        post: operations["post_remix_image_v3"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ideogram-v3/replace-background": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Replace Background with Ideogram 3.0
         * @description Replace the background of a given image synchronously using a prompt with Ideogram 3.0. The foreground subject
         *     will be identified and kept, while the background is replaced based on the prompt and chosen style.
         *     Supported image formats include JPEG, PNG, and WebP.
         *     Images links are available for a limited period of time; if you would like to keep the image, you must download it.
         */
        post: operations["post_replace_background_v3"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ideogram-v3/train-model": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Train a custom Ideogram v3 model
         * @description Start training a custom Ideogram v3 model from a dataset using default hyperparameters. The dataset must contain at least 15 images and a maximum of 100 images.
         */
        post: operations["train_model_v3"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ideogram-v3/train-model-advanced": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Train a custom Ideogram v3 model with advanced hyperparameters
         * @description Start training a custom Ideogram v3 model from a dataset with caller-supplied hyperparameters (training steps, LoRA rank, EMA decay, learning rate). All hyperparameters are optional and fall back to defaults when omitted. The dataset must contain at least 15 images and a maximum of 100 images. Returns the model ID and training status.
         */
        post: operations["train_model_v3_advanced"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ideogram-v3/try-on": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Virtual Try-On with Ideogram 3.0
         * @description Performs virtual clothing try-on by automatically segmenting the clothing in the provided image
         *     and replacing it based on the prompt. The user provides an image and an optional prompt describing
         *     the desired clothing change (e.g., "change his shirt to a pink shirt").
         *
         *     Supported image formats include JPEG, PNG, and WebP.
         *
         *     Images links are available for a limited period of time; if you would like to keep the image, you must download it.
         */
        post: operations["post_try_on_v3"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ideogram-v4/generate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate with Ideogram 4.0
         * @description Generates images synchronously using the Ideogram 4.0 model.
         *
         *     Images links are available for a limited period of time; if you would like to keep the image, you must download it.
         */
        post: operations["post_generate_image_v4"];
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
        GenerateImageRequestV4: {
            /** @description The text prompt for image generation. */
            prompt: string;
            /** @description Random seed for reproducibility. */
            seed?: number | null;
            magic_prompt_option?: components["schemas"]["MagicPromptOption"];
            /**
             * @description A custom model URI in the format model/<model_name>/version/<version_name>.
             *     When provided, the model version and style will be resolved from this URI.
             * @example model/my-custom-model/version/0
             */
            custom_model_uri?: string;
        };
        /**
         * DescribeResponse
         * @description The response for a describe request encapsulates a list of descriptions.
         * @example {
         *       "descriptions": [
         *         {
         *           "text": "A meticulously illustrated cat with striped patterns, sitting upright. The cat's eyes are a captivating shade of yellow, and it appears to be gazing intently at something. The background consists of abstract, swirling patterns in shades of black, white, and beige, creating an almost fluid or wavy appearance. The cat is positioned in the foreground, with the background elements fading into the distance, giving a sense of depth to the image."
         *         }
         *       ]
         *     }
         */
        DescribeResponse: {
            /** @description A collection of descriptions for given content. */
            descriptions?: components["schemas"]["Description"][];
        };
        DescribeRequest: {
            /**
             * Format: binary
             * @description An image binary (max size 10MB); only JPEG, WebP and PNG formats are supported at this time.
             */
            image_file: Blob;
            describe_model_version?: components["schemas"]["DescribeModelVersion"];
        };
        EditImageRequest: {
            /**
             * Format: binary
             * @description An image binary (max size 10MB); only JPEG, WebP and PNG formats are supported at this time.
             */
            image_file: Blob;
            /**
             * Format: binary
             * @description A black and white image of the same size as the image being edited (max size 10MB). Black regions in the mask should match up with the regions of the image that you would like to edit; only JPEG, WebP and PNG formats are supported at this time.
             */
            mask: Blob;
            /**
             * @description The prompt used to describe the edited result.
             * @example A serene tropical beach scene. Dominating the foreground are tall palm trees with lush green leaves, standing tall against a backdrop of a sandy beach. The beach leads to the azure waters of the sea, which gently kisses the shoreline. In the distance, there is an island or landmass with a silhouette of what appears to be a lighthouse or tower. The sky above is painted with fluffy white clouds, some of which are tinged with hues of pink and orange, suggesting either a sunrise or sunset.
             */
            prompt: string;
            model: components["schemas"]["ModelEnum"];
            magic_prompt_option?: components["schemas"]["MagicPromptOption"];
            num_images?: components["schemas"]["NumImages"];
            seed?: components["schemas"]["Seed"];
            style_type?: components["schemas"]["StyleType"];
        };
        /**
         * GenerateImageRequest
         * @example {
         *       "image_request": {
         *         "aspect_ratio": "ASPECT_10_16",
         *         "magic_prompt_option": "AUTO",
         *         "model": "V_2",
         *         "prompt": "A serene tropical beach scene. Dominating the foreground are tall palm trees with lush green leaves, standing tall against a backdrop of a sandy beach. The beach leads to the azure waters of the sea, which gently kisses the shoreline. In the distance, there is an island or landmass with a silhouette of what appears to be a lighthouse or tower. The sky above is painted with fluffy white clouds, some of which are tinged with hues of pink and orange, suggesting either a sunrise or sunset."
         *       }
         *     }
         */
        GenerateImageRequest: {
            image_request: components["schemas"]["ImageRequest"];
        };
        GenerateImageRequestV3: {
            /**
             * @description The prompt to use to generate the image.
             * @example A photo of a cat
             */
            prompt: string;
            /**
             * Seed
             * @description Random seed. Set for reproducible generation.
             * @example 12345
             */
            seed?: number;
            resolution?: components["schemas"]["ResolutionV3"];
            aspect_ratio?: components["schemas"]["AspectRatioV3"];
            rendering_speed?: components["schemas"]["RenderingSpeed"];
            magic_prompt?: components["schemas"]["MagicPromptOption"];
            /**
             * @description Description of what to exclude from an image. Descriptions in the prompt take precedence
             *     to descriptions in the negative prompt.
             * @example brush strokes, painting
             */
            negative_prompt?: string;
            /**
             * @description Number of images to generate.
             * @default 1
             */
            num_images?: number;
            color_palette?: components["schemas"]["ColorPaletteWithPresetNameOrMembers"];
            /**
             * @description A list of 8 character hexadecimal codes representing the style of the image. Cannot be used in conjunction with style_reference_images or style_type.
             * @example [
             *       "AAFF5733",
             *       "0133FF57",
             *       "DE3357FF"
             *     ]
             */
            style_codes?: components["schemas"]["StyleCode"][];
            style_type?: components["schemas"]["StyleTypeV3"];
            style_preset?: components["schemas"]["StylePresetV3"];
            /**
             * @description A custom model URI in the format model/<model_name>/version/<version_name>.
             *     When provided, the model version and style will be resolved from this URI, and style_type is not required.
             * @example model/my-custom-model/version/1
             */
            custom_model_uri?: string;
            /** @description A set of images to use as style references (maximum total size 10MB across all style references). The images should be in JPEG, PNG or WebP format. */
            style_reference_images?: Blob[];
            /** @description Generations with character reference are subject to the character reference pricing. A set of images to use as character references (maximum total size 10MB across all character references), currently only supports 1 character reference image. The images should be in JPEG, PNG or WebP format. */
            character_reference_images?: Blob[];
            /** @description Optional masks for character reference images. When provided, must match the number of character_reference_images. Each mask should be a grayscale image of the same dimensions as the corresponding character reference image. The images should be in JPEG, PNG or WebP format. */
            character_reference_images_mask?: Blob[];
        };
        GenerateGraphicRequestV3: {
            /**
             * @description The prompt to use to generate the graphic.
             * @example A birthday card saying 'Happy Birthday'
             */
            prompt?: string;
            /**
             * Seed
             * @description Random seed. Set for reproducible generation.
             * @example 12345
             */
            seed?: number;
            resolution?: components["schemas"]["ResolutionV3"];
            aspect_ratio?: components["schemas"]["AspectRatioV3"];
            rendering_speed?: components["schemas"]["RenderingSpeed"];
            magic_prompt?: components["schemas"]["MagicPromptOption"];
            /**
             * @description Description of what to exclude from a graphic. Descriptions in the prompt take precedence
             *     to descriptions in the negative prompt.
             * @example brush strokes, painting
             */
            negative_prompt?: string;
            /**
             * @description Number of graphics to generate.
             * @default 1
             */
            num_images?: number;
            color_palette?: components["schemas"]["ColorPaletteWithPresetNameOrMembers"];
            /**
             * @description A list of 8 character hexadecimal codes representing the style of the image. Cannot be used in conjunction with style_reference_images or style_type.
             * @example [
             *       "AAFF5733",
             *       "0133FF57",
             *       "DE3357FF"
             *     ]
             */
            style_codes?: components["schemas"]["StyleCode"][];
            style_type?: components["schemas"]["StyleTypeV3"];
            style_preset?: components["schemas"]["StylePresetV3"];
            /**
             * @description A custom model URI in the format model/<model_name>/version/<version_name>.
             *     When provided, the model version and style will be resolved from this URI, and style_type is not required.
             * @example model/my-custom-model/version/1
             */
            custom_model_uri?: string;
            /**
             * Format: binary
             * @description An existing flat graphic image to process for text detection and correction without generating a new image. When provided, image generation is bypassed. The image should be in JPEG, PNG or WebP format (max size 10MB).
             */
            flat_graphic_image?: Blob;
            /**
             * Format: binary
             * @description Custom font file for H1 (heading) text. Supported formats .ttf, .otf, .woff, .woff2 (max 5MB). Takes priority over font_name_h1.
             */
            font_file_h1?: Blob;
            /**
             * @description Font name from the available font library for H1 text. Ignored if font_file_h1 is provided.
             * @example Ubuntu-Bold.ttf
             */
            font_name_h1?: string;
            /**
             * Format: binary
             * @description Custom font file for H2 (subheading) text. Supported formats .ttf, .otf, .woff, .woff2 (max 5MB). Takes priority over font_name_h2.
             */
            font_file_h2?: Blob;
            /** @description Font name from the available font library for H2 text. Ignored if font_file_h2 is provided. */
            font_name_h2?: string;
            /**
             * Format: binary
             * @description Custom font file for body text. Supported formats .ttf, .otf, .woff, .woff2 (max 5MB). Takes priority over font_name_body.
             */
            font_file_body?: Blob;
            /** @description Font name from the available font library for body text. Ignored if font_file_body is provided. */
            font_name_body?: string;
            /**
             * Format: binary
             * @description Custom font file for small/caption text. Supported formats .ttf, .otf, .woff, .woff2 (max 5MB). Takes priority over font_name_small.
             */
            font_file_small?: Blob;
            /** @description Font name from the available font library for small text. Ignored if font_file_small is provided. */
            font_name_small?: string;
            /** @description A set of images to use as style references (maximum total size 10MB across all style references). The images should be in JPEG, PNG or WebP format. */
            style_reference_images?: Blob[];
            /** @description A set of asset images (e.g., logos, icons) to use as references for detection and replacement (maximum 10 images). The images should be in JPEG, PNG or WebP format. */
            reference_asset_images?: Blob[];
        };
        GenerateDesignRequestV3: {
            /**
             * @description The prompt to use to generate the design.
             * @example A birthday card saying 'Happy Birthday'
             */
            prompt: string;
            /**
             * Seed
             * @description Random seed. Set for reproducible generation.
             * @example 12345
             */
            seed?: number;
            resolution?: components["schemas"]["ResolutionV3"];
            aspect_ratio?: components["schemas"]["AspectRatioV3"];
            rendering_speed?: components["schemas"]["RenderingSpeed"];
            magic_prompt?: components["schemas"]["MagicPromptOption"];
            /**
             * @description Description of what to exclude from a design. Descriptions in the prompt take precedence
             *     to descriptions in the negative prompt.
             * @example brush strokes, painting
             */
            negative_prompt?: string;
            /**
             * @description Number of designs to generate.
             * @default 1
             */
            num_images?: number;
            color_palette?: components["schemas"]["ColorPaletteWithPresetNameOrMembers"];
            /**
             * @description A list of 8 character hexadecimal codes representing the style of the image. Cannot be used in conjunction with style_reference_images or style_type.
             * @example [
             *       "AAFF5733",
             *       "0133FF57",
             *       "DE3357FF"
             *     ]
             */
            style_codes?: components["schemas"]["StyleCode"][];
            style_type?: components["schemas"]["StyleTypeV3"];
            style_preset?: components["schemas"]["StylePresetV3"];
            /**
             * @description A custom model URI in the format model/<model_name>/version/<version_name>.
             *     When provided, the model version and style will be resolved from this URI, and style_type is not required.
             * @example model/my-custom-model/version/1
             */
            custom_model_uri?: string;
            /**
             * Format: binary
             * @description Custom font file for H1 (heading) text. Supported formats .ttf, .otf, .woff, .woff2 (max 5MB). Takes priority over font_name_h1.
             */
            font_file_h1?: Blob;
            /**
             * @description Font name from the available font library for H1 text. Ignored if font_file_h1 is provided.
             * @example Ubuntu-Bold.ttf
             */
            font_name_h1?: string;
            /**
             * Format: binary
             * @description Custom font file for H2 (subheading) text. Supported formats .ttf, .otf, .woff, .woff2 (max 5MB). Takes priority over font_name_h2.
             */
            font_file_h2?: Blob;
            /** @description Font name from the available font library for H2 text. Ignored if font_file_h2 is provided. */
            font_name_h2?: string;
            /**
             * Format: binary
             * @description Custom font file for body text. Supported formats .ttf, .otf, .woff, .woff2 (max 5MB). Takes priority over font_name_body.
             */
            font_file_body?: Blob;
            /** @description Font name from the available font library for body text. Ignored if font_file_body is provided. */
            font_name_body?: string;
            /**
             * Format: binary
             * @description Custom font file for small/caption text. Supported formats .ttf, .otf, .woff, .woff2 (max 5MB). Takes priority over font_name_small.
             */
            font_file_small?: Blob;
            /** @description Font name from the available font library for small text. Ignored if font_file_small is provided. */
            font_name_small?: string;
            /** @description A set of images to use as style references (maximum total size 10MB across all style references). The images should be in JPEG, PNG or WebP format. */
            style_reference_images?: Blob[];
            /** @description A set of asset images (e.g., logos, icons) to use as references for detection and replacement (maximum 10 images). The images should be in JPEG, PNG or WebP format. */
            reference_asset_images?: Blob[];
        };
        LayerizeDesignRequestV3: {
            /**
             * Format: binary
             * @description The flat graphic image to process for text detection and correction. The image should be in JPEG, PNG or WebP format (max size 10MB).
             */
            flat_graphic_image: Blob;
            /** @description An optional prompt to describe the image. If not provided, a prompt will be auto-generated from the image via captioning. */
            prompt?: string;
            seed?: components["schemas"]["Seed"];
            /**
             * Format: binary
             * @description Custom font file for H1 (heading) text. Supported formats .ttf, .otf, .woff, .woff2 (max 5MB). Takes priority over font_name_h1.
             */
            font_file_h1?: Blob;
            /**
             * @description Font name from the available font library for H1 text. Ignored if font_file_h1 is provided.
             * @example Ubuntu-Bold.ttf
             */
            font_name_h1?: string;
            /**
             * Format: binary
             * @description Custom font file for H2 (subheading) text. Supported formats .ttf, .otf, .woff, .woff2 (max 5MB). Takes priority over font_name_h2.
             */
            font_file_h2?: Blob;
            /** @description Font name from the available font library for H2 text. Ignored if font_file_h2 is provided. */
            font_name_h2?: string;
            /**
             * Format: binary
             * @description Custom font file for body text. Supported formats .ttf, .otf, .woff, .woff2 (max 5MB). Takes priority over font_name_body.
             */
            font_file_body?: Blob;
            /** @description Font name from the available font library for body text. Ignored if font_file_body is provided. */
            font_name_body?: string;
            /**
             * Format: binary
             * @description Custom font file for small/caption text. Supported formats .ttf, .otf, .woff, .woff2 (max 5MB). Takes priority over font_name_small.
             */
            font_file_small?: Blob;
            /** @description Font name from the available font library for small text. Ignored if font_file_small is provided. */
            font_name_small?: string;
            /** @description A set of asset images (e.g., logos, icons) to use as references for detection and replacement (maximum 10 images). The images should be in JPEG, PNG or WebP format. */
            reference_asset_images?: Blob[];
        };
        GenerateTransparentImageRequestV3: {
            /**
             * @description The prompt to use to generate the image.
             * @example A photo of a cat
             */
            prompt: string;
            /**
             * Seed
             * @description Random seed. Set for reproducible generation.
             * @example 12345
             */
            seed?: number;
            upscale_factor?: components["schemas"]["UpscaleFactor"];
            aspect_ratio?: components["schemas"]["AspectRatioV3"];
            rendering_speed?: components["schemas"]["RenderingSpeed"];
            magic_prompt?: components["schemas"]["MagicPromptOption"];
            /**
             * @description Description of what to exclude from an image. Descriptions in the prompt take precedence
             *     to descriptions in the negative prompt.
             * @example brush strokes, painting
             */
            negative_prompt?: string;
            /**
             * @description Number of images to generate.
             * @default 1
             */
            num_images?: number;
            /**
             * @description A custom model URI in the format model/<model_name>/version/<version_name>.
             *     When provided, the model version and style will be resolved from this URI, and style_type is not required.
             *     A model must be able to generate transparent background to be used for this endpoint.
             * @example model/my-custom-model/version/1
             */
            custom_model_uri?: string;
        };
        RemixImageRequestV3: {
            /**
             * Format: binary
             * @description The image to remix binary (max size 10MB); only JPEG, WebP and PNG formats are supported at this time.
             */
            image: Blob;
            /**
             * @description The prompt to use to generate the image.
             * @example A photo of a cat
             */
            prompt: string;
            /**
             * @default 50
             * @example 50
             */
            image_weight?: number;
            seed?: components["schemas"]["Seed"];
            resolution?: components["schemas"]["ResolutionV3"];
            aspect_ratio?: components["schemas"]["AspectRatioV3"];
            rendering_speed?: components["schemas"]["RenderingSpeed"];
            magic_prompt?: components["schemas"]["MagicPromptOption"];
            /**
             * @description Description of what to exclude from an image. Descriptions in the prompt take precedence
             *     to descriptions in the negative prompt.
             * @example brush strokes, painting
             */
            negative_prompt?: string;
            /**
             * @description Number of images to generate.
             * @default 1
             */
            num_images?: number;
            color_palette?: components["schemas"]["ColorPaletteWithPresetNameOrMembers"];
            style_codes?: components["schemas"]["StyleCodes"];
            style_type?: components["schemas"]["StyleTypeV3"];
            style_preset?: components["schemas"]["StylePresetV3"];
            /**
             * @description A custom model URI in the format model/<model_name>/version/<version_name>.
             *     When provided, the model version and style will be resolved from this URI, and style_type is not required.
             * @example model/my-custom-model/version/1
             */
            custom_model_uri?: string;
            /** @description A set of images to use as style references (maximum total size 10MB across all style references). The images should be in JPEG, PNG or WebP format. */
            style_reference_images?: Blob[];
            /** @description Generations with character reference are subject to the character reference pricing. A set of images to use as character references (maximum total size 10MB across all character references), currently only supports 1 character reference image. The images should be in JPEG, PNG or WebP format. */
            character_reference_images?: Blob[];
            /** @description Optional masks for character reference images. When provided, must match the number of character_reference_images. Each mask should be a grayscale image of the same dimensions as the corresponding character reference image. The images should be in JPEG, PNG or WebP format. */
            character_reference_images_mask?: Blob[];
        };
        EditImageRequestV3: {
            /**
             * Format: binary
             * @description The image being edited (max size 10MB); only JPEG, WebP and PNG formats are supported at this time.
             */
            image: Blob;
            /**
             * Format: binary
             * @description A black and white image of the same size as the image being edited (max size 10MB). Black regions in the mask should match up with the regions of the image that you would like to edit; only JPEG, WebP and PNG formats are supported at this time.
             */
            mask: Blob;
            /**
             * @description The prompt used to describe the edited result.
             * @example A photo of a cat.
             */
            prompt: string;
            magic_prompt?: components["schemas"]["MagicPromptOption"];
            num_images?: components["schemas"]["NumImages"];
            seed?: components["schemas"]["Seed"];
            rendering_speed?: components["schemas"]["RenderingSpeed"];
            style_type?: components["schemas"]["StyleTypeV3"];
            style_preset?: components["schemas"]["StylePresetV3"];
            /**
             * @description A custom model URI in the format model/<model_name>/version/<version_name>.
             *     When provided, the model version and style will be resolved from this URI, and style_type is not required.
             * @example model/my-custom-model/version/1
             */
            custom_model_uri?: string;
            color_palette?: components["schemas"]["ColorPaletteWithPresetNameOrMembers"];
            style_codes?: components["schemas"]["StyleCodes"];
            /** @description A set of images to use as style references (maximum total size 10MB across all style references). The images should be in JPEG, PNG or WebP format. */
            style_reference_images?: Blob[];
            /** @description Generations with character reference are subject to the character reference pricing. A set of images to use as character references (maximum total size 10MB across all character references), currently only supports 1 character reference image. The images should be in JPEG, PNG or WebP format. */
            character_reference_images?: Blob[];
            /** @description Optional masks for character reference images. When provided, must match the number of character_reference_images. Each mask should be a grayscale image of the same dimensions as the corresponding character reference image. The images should be in JPEG, PNG or WebP format. */
            character_reference_images_mask?: Blob[];
        };
        V1EditImagesRequest: {
            /**
             * @description The prompt describing the desired edit.
             * @example Change the background to a beach sunset.
             */
            prompt: string;
            /** @description Images to edit (max 10 images, max size 10MB each); JPEG, WebP and PNG formats are supported. */
            images?: Blob[];
            /** @description URLs to Ideogram images to use as references (max 10). Supports URLs from generation responses and image uploads. Alternative to uploading via the images field. */
            image_urls?: string[];
            num_images?: components["schemas"]["NumImages"];
            seed?: components["schemas"]["Seed"];
            magic_prompt?: components["schemas"]["MagicPromptOption"];
            resolution?: components["schemas"]["ResolutionV3"];
            aspect_ratio?: components["schemas"]["AspectRatioV3"];
            /**
             * @description Whether the output should have a transparent background. Default false.
             * @default false
             */
            transparent_background?: boolean;
        };
        TryOnRequestV3: {
            /**
             * Format: binary
             * @description The image containing a person wearing clothing to be modified (max size 10MB); only JPEG, WebP and PNG formats are supported at this time.
             */
            image: Blob;
            /**
             * @description The prompt describing the desired clothing change. Defaults to "Person wearing this piece of clothing" if omitted or empty.
             * @default Person wearing this piece of clothing
             * @example Change his shirt to a pink shirt
             */
            prompt?: string;
            magic_prompt?: components["schemas"]["MagicPromptOption"];
            num_images?: components["schemas"]["NumImages"];
            seed?: components["schemas"]["Seed"];
            rendering_speed?: components["schemas"]["RenderingSpeed"];
            style_type?: components["schemas"]["StyleTypeV3"];
            style_preset?: components["schemas"]["StylePresetV3"];
            /** @description An image to use as the product reference for the try-on (exactly 1 image required). The image should be in JPEG, PNG or WebP format. */
            product_reference_images: Blob[];
        };
        ReframeImageRequestV3: {
            /**
             * Format: binary
             * @description The image being reframed (max size 10MB); only JPEG, WebP and PNG formats are supported at this time.
             */
            image: Blob;
            resolution: components["schemas"]["ResolutionV3"];
            num_images?: components["schemas"]["NumImages"];
            seed?: components["schemas"]["Seed"];
            rendering_speed?: components["schemas"]["RenderingSpeed"];
            style_preset?: components["schemas"]["StylePresetV3"];
            color_palette?: components["schemas"]["ColorPaletteWithPresetNameOrMembers"];
            style_codes?: components["schemas"]["StyleCodes"];
            /** @description A set of images to use as style references (maximum total size 10MB across all style references). The images should be in JPEG, PNG or WebP format. */
            style_reference_images?: Blob[];
        };
        ReplaceBackgroundRequestV3: {
            /**
             * Format: binary
             * @description The image whose background is being replaced (max size 10MB); only JPEG, WebP and PNG formats are supported at this time.
             */
            image: Blob;
            /**
             * @description The prompt describing the desired new background.
             * @example A vibrant cityscape at night.
             */
            prompt: string;
            magic_prompt?: components["schemas"]["MagicPromptOption"];
            num_images?: components["schemas"]["NumImages"];
            seed?: components["schemas"]["Seed"];
            rendering_speed?: components["schemas"]["RenderingSpeed"];
            style_preset?: components["schemas"]["StylePresetV3"];
            color_palette?: components["schemas"]["ColorPaletteWithPresetNameOrMembers"];
            style_codes?: components["schemas"]["StyleCodes"];
            /** @description A set of images to use as style references (maximum total size 10MB across all style references). The images should be in JPEG, PNG or WebP format. */
            style_reference_images?: Blob[];
        };
        InternalTestingRequest: {
            x_position?: number | null;
            /**
             * Format: binary
             * @description An image binary (max size 10MB); only JPEG, WebP and PNG formats are supported at this time.
             */
            image_file?: Blob;
            /**
             * Format: binary
             * @description An image binary (max size 10MB); only JPEG, WebP and PNG formats are supported at this time.
             */
            another_image_file?: Blob;
            some_text?: string;
            nested_object?: components["schemas"]["InternalTestingNestedObject"];
            nested_object_required_fields?: components["schemas"]["InternalTestingNestedObjectRequiredFields"];
            /** Format: date */
            date_type_field?: string;
            /** Format: date */
            required_date_type_field: string;
            /** Format: date-time */
            date_time_type_field?: string;
            repeated_primitive_field?: string[];
            repeated_complex_field?: components["schemas"]["InternalTestingNestedObject"][];
            enum_type_field?: components["schemas"]["InternalTestingEnumField"];
        };
        /**
         * InternalTestingEnumField
         * @enum {string}
         */
        InternalTestingEnumField: "EIN" | "ZWEI" | "DREI";
        /** InternalTestingNestedObject */
        InternalTestingNestedObject: {
            /** prop_one */
            prop_one?: string;
            /** prop_two */
            prop_two?: string;
        };
        /** InternalTestingNestedObjectRequiredFields */
        InternalTestingNestedObjectRequiredFields: {
            /** prop_one */
            prop_one: string;
            /** prop_two */
            prop_two: string;
        };
        /** @description A request to generate an image from a source image and a provided caption, provided images are cropped to match the chosen output aspect ratio. */
        RemixImageRequest: {
            image_request: components["schemas"]["InitialImageRequest"];
            /**
             * Format: binary
             * @description An image binary (max size 10MB); only JPEG, WebP and PNG formats are supported at this time.
             */
            image_file: Blob;
        };
        ReframeImageRequest: {
            /**
             * Format: binary
             * @description The image being reframed (max size 10MB); only JPEG, WebP and PNG formats are supported at this time.
             */
            image_file: Blob;
            resolution: components["schemas"]["Resolution"];
            model: components["schemas"]["ModelEnum"];
            num_images?: components["schemas"]["NumImages"];
            seed?: components["schemas"]["Seed"];
            style_type?: components["schemas"]["StyleType"];
        };
        UpscaleImageRequest: {
            image_request: components["schemas"]["UpscaleInitialImageRequest"];
            /**
             * Format: binary
             * @description An image binary (max size 10MB); only JPEG, WebP and PNG formats are supported at this time.
             */
            image_file: Blob;
        };
        /**
         * ImageRequest
         * @example {
         *       "aspect_ratio": "ASPECT_10_16",
         *       "magic_prompt_option": "AUTO",
         *       "model": "V_2",
         *       "prompt": "A serene tropical beach scene. Dominating the foreground are tall palm trees with lush green leaves, standing tall against a backdrop of a sandy beach. The beach leads to the azure waters of the sea, which gently kisses the shoreline. In the distance, there is an island or landmass with a silhouette of what appears to be a lighthouse or tower. The sky above is painted with fluffy white clouds, some of which are tinged with hues of pink and orange, suggesting either a sunrise or sunset."
         *     }
         */
        ImageRequest: {
            /**
             * @description The prompt to use to generate the image.
             * @example A serene tropical beach scene. Dominating the foreground are tall palm trees with lush green leaves, standing tall against a backdrop of a sandy beach. The beach leads to the azure waters of the sea, which gently kisses the shoreline. In the distance, there is an island or landmass with a silhouette of what appears to be a lighthouse or tower. The sky above is painted with fluffy white clouds, some of which are tinged with hues of pink and orange, suggesting either a sunrise or sunset.
             */
            prompt: string;
            aspect_ratio?: components["schemas"]["AspectRatio"];
            model?: components["schemas"]["ModelEnum"];
            magic_prompt_option?: components["schemas"]["MagicPromptOption"];
            magic_prompt_version?: components["schemas"]["MagicPromptVersionEnum"];
            /**
             * Seed
             * @description Random seed. Set for reproducible generation.
             * @example 12345
             */
            seed?: number;
            style_type?: components["schemas"]["StyleType"];
            /**
             * @description Only available for model versions V_1, V_1_TURBO, V_2 and V_2_TURBO. Description of what to exclude from an image. Descriptions in the prompt take precedence to descriptions in the negative prompt.
             * @example brush strokes, painting
             */
            negative_prompt?: string;
            /**
             * NumImages
             * @description The number of images to generate.
             * @default 1
             */
            num_images?: number;
            resolution?: components["schemas"]["Resolution"];
            color_palette?: components["schemas"]["ColorPaletteWithPresetNameOrMembers"];
        };
        /**
         * InitialImageRequest
         * @description A request to generate a new image using a provided image and a prompt.
         * @example {
         *       "aspect_ratio": "ASPECT_10_16",
         *       "magic_prompt_option": "ON",
         *       "model": "V_2",
         *       "prompt": "A serene tropical beach scene. Dominating the foreground are tall palm trees with lush green leaves, standing tall against a backdrop of a sandy beach. The beach leads to the azure waters of the sea, which gently kisses the shoreline. In the distance, there is an island or landmass with a silhouette of what appears to be a lighthouse or tower. The sky above is painted with fluffy white clouds, some of which are tinged with hues of pink and orange, suggesting either a sunrise or sunset.",
         *       "image_weight": 50
         *     }
         */
        InitialImageRequest: {
            /**
             * @default 50
             * @example 50
             */
            image_weight?: number;
        } & components["schemas"]["ImageRequest"];
        /**
         * UpscaleInitialImageRequest
         * @description A request to upscale a provided image with the help of an optional prompt.
         */
        UpscaleInitialImageRequest: {
            /**
             * prompt
             * @description An optional prompt to guide the upscale
             * @example A serene tropical beach scene. Dominating the foreground are tall palm trees with lush green leaves, standing tall against a backdrop of a sandy beach. The beach leads to the azure waters of the sea, which gently kisses the shoreline. In the distance, there is an island or landmass with a silhouette of what appears to be a lighthouse or tower. The sky above is painted with fluffy white clouds, some of which are tinged with hues of pink and orange, suggesting either a sunrise or sunset.
             */
            prompt?: string;
            /**
             * resemblance
             * @default 50
             * @example 50
             */
            resemblance?: number;
            /**
             * detail
             * @default 50
             * @example 50
             */
            detail?: number;
            magic_prompt_option?: components["schemas"]["MagicPromptOption"];
            magic_prompt_version?: components["schemas"]["MagicPromptVersionEnum"];
            /**
             * NumImages
             * @description The number of images to generate.
             * @default 1
             */
            num_images?: number;
            /**
             * Seed
             * @description Random seed. Set for reproducible generation.
             * @example 12345
             */
            seed?: number;
        };
        /**
         * GenerateImageResponse
         * @description The response which contains information about the generated image, including the download link.
         *     Images links are available for a limited period of time; if you would like to keep the image, you must download it.
         * @example {
         *       "data": [
         *         {
         *           "style_type": "REALISTIC",
         *           "seed": 12345,
         *           "upscaled_resolution": "4096x4096",
         *           "prompt": "A serene tropical beach scene. Dominating the foreground are tall palm trees with lush green leaves, standing tall against a backdrop of a sandy beach. The beach leads to the azure waters of the sea, which gently kisses the shoreline. In the distance, there's an island or landmass with a silhouette of what appears to be a lighthouse or tower. The sky above is painted with fluffy white clouds, some of which are tinged with hues of pink and orange, suggesting either a sunrise or sunset.",
         *           "resolution": "1024x1024",
         *           "url": "https://ideogram.ai/api/images/direct/8YEpFzHuS-S6xXEGmCsf7g",
         *           "is_image_safe": true
         *         },
         *         {
         *           "style_type": "REALISTIC",
         *           "seed": 12345,
         *           "upscaled_resolution": "4096x4096",
         *           "prompt": "A serene tropical beach scene. Dominating the foreground are tall palm trees with lush green leaves, standing tall against a backdrop of a sandy beach. The beach leads to the azure waters of the sea, which gently kisses the shoreline. In the distance, there's an island or landmass with a silhouette of what appears to be a lighthouse or tower. The sky above is painted with fluffy white clouds, some of which are tinged with hues of pink and orange, suggesting either a sunrise or sunset.",
         *           "resolution": "1024x1024",
         *           "url": "https://ideogram.ai/api/images/direct/8YEpFzHuS-S6xXEGmCsf7g",
         *           "is_image_safe": true
         *         }
         *       ],
         *       "created": "2000-01-23T04:56:07+00:00"
         *     }
         */
        GenerateImageResponse: {
            /**
             * created
             * Format: date-time
             * @description The time the request was created.
             */
            created: string;
            /**
             * data
             * @description A list of ImageObjects that contain the generated image(s).
             */
            data: components["schemas"]["ImageObject"][];
        };
        /**
         * ImageGenerationResponseV3
         * @description The response which contains information about the generated image, including the download link.
         *     Images links are available for a limited period of time; if you would like to keep the image, you must download it.
         * @example {
         *       "data": [
         *         {
         *           "style_type": "GENERAL",
         *           "seed": 12345,
         *           "upscaled_resolution": "4096x4096",
         *           "prompt": "A serene tropical beach scene. Dominating the foreground are tall palm trees with lush green leaves, standing tall against a backdrop of a sandy beach. The beach leads to the azure waters of the sea, which gently kisses the shoreline. In the distance, there's an island or landmass with a silhouette of what appears to be a lighthouse or tower. The sky above is painted with fluffy white clouds, some of which are tinged with hues of pink and orange, suggesting either a sunrise or sunset.",
         *           "resolution": "1280x800",
         *           "url": "https://ideogram.ai/api/images/ephemeral/xtdZiqPwRxqY1Y7NExFmzB.png?exp=1743867804&sig=e13e12677633f646d8531a153d20e2d3698dca9ee7661ee5ba4f3b64e7ec3f89",
         *           "is_image_safe": true
         *         },
         *         {
         *           "style_type": "GENERAL",
         *           "seed": 12345,
         *           "upscaled_resolution": "4096x4096",
         *           "prompt": "A serene tropical beach scene. Dominating the foreground are tall palm trees with lush green leaves, standing tall against a backdrop of a sandy beach. The beach leads to the azure waters of the sea, which gently kisses the shoreline. In the distance, there's an island or landmass with a silhouette of what appears to be a lighthouse or tower. The sky above is painted with fluffy white clouds, some of which are tinged with hues of pink and orange, suggesting either a sunrise or sunset.",
         *           "resolution": "1280x800",
         *           "url": "https://ideogram.ai/api/images/ephemeral/xtdZiqPwRxqY1Y7NExFmzB.png?exp=1743867804&sig=e13e12677633f646d8531a153d20e2d3698dca9ee7661ee5ba4f3b64e7ec3f89",
         *           "is_image_safe": true
         *         }
         *       ],
         *       "created": "2000-01-23T04:56:07+00:00"
         *     }
         */
        ImageGenerationResponseV3: {
            /**
             * created
             * Format: date-time
             * @description The time the request was created.
             */
            created: string;
            /**
             * data
             * @description A list of ImageObjects that contain the generated image(s).
             */
            data: components["schemas"]["ImageGenerationObjectV3"][];
        };
        /**
         * ImageGenerationObjectV3
         * @example {
         *       "style_type": "GENERAL",
         *       "seed": 12345,
         *       "upscaled_resolution": "4096x4096",
         *       "prompt": "A serene tropical beach scene. Dominating the foreground are tall palm trees with lush green leaves, standing tall against a backdrop of a sandy beach. The beach leads to the azure waters of the sea, which gently kisses the shoreline. In the distance, there's an island or landmass with a silhouette of what appears to be a lighthouse or tower. The sky above is painted with fluffy white clouds, some of which are tinged with hues of pink and orange, suggesting either a sunrise or sunset.",
         *       "resolution": "1280x800",
         *       "url": "https://ideogram.ai/api/images/ephemeral/xtdZiqPwRxqY1Y7NExFmzB.png?exp=1743867804&sig=e13e12677633f646d8531a153d20e2d3698dca9ee7661ee5ba4f3b64e7ec3f89",
         *       "is_image_safe": true
         *     }
         */
        ImageGenerationObjectV3: {
            /**
             * url
             * Format: uri
             * @description The direct link to the image generated.
             * @example https://ideogram.ai/api/images/ephemeral/xtdZiqPwRxqY1Y7NExFmzB.png?exp=1743867804&sig=e13e12677633f646d8531a153d20e2d3698dca9ee7661ee5ba4f3b64e7ec3f89
             */
            url?: string | null;
            /**
             * prompt
             * @description The prompt used for the generation. This may be different from the original prompt.
             * @example A serene tropical beach scene. Dominating the foreground are tall palm trees with lush green leaves, standing tall against a backdrop of a sandy beach. The beach leads to the azure waters of the sea, which gently kisses the shoreline. In the distance, there's an island or landmass with a silhouette of what appears to be a lighthouse or tower. The sky above is painted with fluffy white clouds, some of which are tinged with hues of pink and orange, suggesting either a sunrise or sunset.
             */
            prompt: string;
            resolution: components["schemas"]["ResolutionV3"];
            /**
             * FreeformResolution
             * @description Output resolution, only used if operations alters image dimensions, such as upscale, crop etc.
             * @example 4096x4096
             */
            upscaled_resolution?: string;
            /**
             * is_image_safe
             * @description Whether this request passes safety checks. If false, the url field will be empty.
             */
            is_image_safe: boolean;
            /**
             * Seed
             * @description Random seed. Set for reproducible generation.
             * @example 12345
             */
            seed: number;
            style_type?: components["schemas"]["StyleTypeV3"];
        };
        /**
         * V1EditImagesResponse
         * @description The response which contains information about the edited image, including the download link.
         *     Images links are available for a limited period of time; if you would like to keep the image, you must download it.
         * @example {
         *       "data": [
         *         {
         *           "style_type": "GENERAL",
         *           "seed": 12345,
         *           "upscaled_resolution": "4096x4096",
         *           "prompt": "A serene tropical beach scene. Dominating the foreground are tall palm trees with lush green leaves, standing tall against a backdrop of a sandy beach. The beach leads to the azure waters of the sea, which gently kisses the shoreline. In the distance, there's an island or landmass with a silhouette of what appears to be a lighthouse or tower. The sky above is painted with fluffy white clouds, some of which are tinged with hues of pink and orange, suggesting either a sunrise or sunset.",
         *           "resolution": "4096x4096",
         *           "url": "https://ideogram.ai/api/images/ephemeral/xtdZiqPwRxqY1Y7NExFmzB.png?exp=1743867804&sig=e13e12677633f646d8531a153d20e2d3698dca9ee7661ee5ba4f3b64e7ec3f89",
         *           "is_image_safe": true
         *         },
         *         {
         *           "style_type": "GENERAL",
         *           "seed": 12345,
         *           "upscaled_resolution": "4096x4096",
         *           "prompt": "A serene tropical beach scene. Dominating the foreground are tall palm trees with lush green leaves, standing tall against a backdrop of a sandy beach. The beach leads to the azure waters of the sea, which gently kisses the shoreline. In the distance, there's an island or landmass with a silhouette of what appears to be a lighthouse or tower. The sky above is painted with fluffy white clouds, some of which are tinged with hues of pink and orange, suggesting either a sunrise or sunset.",
         *           "resolution": "4096x4096",
         *           "url": "https://ideogram.ai/api/images/ephemeral/xtdZiqPwRxqY1Y7NExFmzB.png?exp=1743867804&sig=e13e12677633f646d8531a153d20e2d3698dca9ee7661ee5ba4f3b64e7ec3f89",
         *           "is_image_safe": true
         *         }
         *       ],
         *       "created": "2000-01-23T04:56:07+00:00"
         *     }
         */
        V1EditImagesResponse: {
            /**
             * created
             * Format: date-time
             * @description The time the request was created.
             */
            created: string;
            /**
             * data
             * @description A list of ImageObjects that contain the edited image(s).
             */
            data: components["schemas"]["V1EditImageObject"][];
        };
        /**
         * V1EditImageObject
         * @example {
         *       "style_type": "GENERAL",
         *       "seed": 12345,
         *       "upscaled_resolution": "4096x4096",
         *       "prompt": "A serene tropical beach scene. Dominating the foreground are tall palm trees with lush green leaves, standing tall against a backdrop of a sandy beach. The beach leads to the azure waters of the sea, which gently kisses the shoreline. In the distance, there's an island or landmass with a silhouette of what appears to be a lighthouse or tower. The sky above is painted with fluffy white clouds, some of which are tinged with hues of pink and orange, suggesting either a sunrise or sunset.",
         *       "resolution": "4096x4096",
         *       "url": "https://ideogram.ai/api/images/ephemeral/xtdZiqPwRxqY1Y7NExFmzB.png?exp=1743867804&sig=e13e12677633f646d8531a153d20e2d3698dca9ee7661ee5ba4f3b64e7ec3f89",
         *       "is_image_safe": true
         *     }
         */
        V1EditImageObject: {
            /**
             * url
             * Format: uri
             * @description The direct link to the image generated.
             * @example https://ideogram.ai/api/images/ephemeral/xtdZiqPwRxqY1Y7NExFmzB.png?exp=1743867804&sig=e13e12677633f646d8531a153d20e2d3698dca9ee7661ee5ba4f3b64e7ec3f89
             */
            url?: string | null;
            /**
             * prompt
             * @description The prompt used for the generation. This may be different from the original prompt.
             * @example A serene tropical beach scene. Dominating the foreground are tall palm trees with lush green leaves, standing tall against a backdrop of a sandy beach. The beach leads to the azure waters of the sea, which gently kisses the shoreline. In the distance, there's an island or landmass with a silhouette of what appears to be a lighthouse or tower. The sky above is painted with fluffy white clouds, some of which are tinged with hues of pink and orange, suggesting either a sunrise or sunset.
             */
            prompt: string;
            /**
             * FreeformResolution
             * @description Output resolution, only used if operations alters image dimensions, such as upscale, crop etc.
             * @example 4096x4096
             */
            resolution: string;
            /**
             * FreeformResolution
             * @description Output resolution, only used if operations alters image dimensions, such as upscale, crop etc.
             * @example 4096x4096
             */
            upscaled_resolution?: string;
            /**
             * is_image_safe
             * @description Whether this request passes safety checks. If false, the url field will be empty.
             */
            is_image_safe: boolean;
            /**
             * Seed
             * @description Random seed. Set for reproducible generation.
             * @example 12345
             */
            seed: number;
            style_type?: components["schemas"]["StyleTypeV3"];
        };
        /**
         * ImageObject
         * @example {
         *       "style_type": "REALISTIC",
         *       "seed": 12345,
         *       "upscaled_resolution": "4096x4096",
         *       "prompt": "A serene tropical beach scene. Dominating the foreground are tall palm trees with lush green leaves, standing tall against a backdrop of a sandy beach. The beach leads to the azure waters of the sea, which gently kisses the shoreline. In the distance, there's an island or landmass with a silhouette of what appears to be a lighthouse or tower. The sky above is painted with fluffy white clouds, some of which are tinged with hues of pink and orange, suggesting either a sunrise or sunset.",
         *       "resolution": "1024x1024",
         *       "url": "https://ideogram.ai/api/images/direct/8YEpFzHuS-S6xXEGmCsf7g",
         *       "is_image_safe": true
         *     }
         */
        ImageObject: {
            /**
             * url
             * Format: uri
             * @description The direct link to the image generated.
             * @example https://ideogram.ai/api/images/direct/8YEpFzHuS-S6xXEGmCsf7g
             */
            url?: string | null;
            /**
             * prompt
             * @description The prompt used for the generation. This may be different from the original prompt.
             * @example A serene tropical beach scene. Dominating the foreground are tall palm trees with lush green leaves, standing tall against a backdrop of a sandy beach. The beach leads to the azure waters of the sea, which gently kisses the shoreline. In the distance, there's an island or landmass with a silhouette of what appears to be a lighthouse or tower. The sky above is painted with fluffy white clouds, some of which are tinged with hues of pink and orange, suggesting either a sunrise or sunset.
             */
            prompt: string;
            /**
             * resolution
             * @description The resolution of the final image.
             * @example 1024x1024
             */
            resolution: string;
            /**
             * FreeformResolution
             * @description Output resolution, only used if operations alters image dimensions, such as upscale, crop etc.
             * @example 4096x4096
             */
            upscaled_resolution?: string;
            /**
             * is_image_safe
             * @description Whether this request passes safety checks. If false, the url field will be empty.
             */
            is_image_safe: boolean;
            /**
             * Seed
             * @description Random seed. Set for reproducible generation.
             * @example 12345
             */
            seed: number;
            style_type?: components["schemas"]["StyleType"];
        };
        /**
         * ImageGenerationResponseV4
         * @description The response which contains information about the generated image, including the download link.
         *     Images links are available for a limited period of time; if you would like to keep the image, you must download it.
         * @example {
         *       "data": [
         *         {
         *           "seed": 12345,
         *           "prompt": "prompt",
         *           "resolution": "1280x800",
         *           "url": "https://ideogram.ai/api/images/ephemeral/xtdZiqPwRxqY1Y7NExFmzB.png?exp=1743867804&sig=e13e12677633f646d8531a153d20e2d3698dca9ee7661ee5ba4f3b64e7ec3f89",
         *           "is_image_safe": true
         *         },
         *         {
         *           "seed": 12345,
         *           "prompt": "prompt",
         *           "resolution": "1280x800",
         *           "url": "https://ideogram.ai/api/images/ephemeral/xtdZiqPwRxqY1Y7NExFmzB.png?exp=1743867804&sig=e13e12677633f646d8531a153d20e2d3698dca9ee7661ee5ba4f3b64e7ec3f89",
         *           "is_image_safe": true
         *         }
         *       ],
         *       "created": "2000-01-23T04:56:07+00:00"
         *     }
         */
        ImageGenerationResponseV4: {
            /**
             * created
             * Format: date-time
             * @description The time the request was created.
             */
            created: string;
            /**
             * data
             * @description A list of ImageObjects that contain the generated image(s).
             */
            data: components["schemas"]["ImageGenerationObjectV4"][];
        };
        /**
         * ImageGenerationObjectV4
         * @example {
         *       "seed": 12345,
         *       "prompt": "prompt",
         *       "resolution": "1280x800",
         *       "url": "https://ideogram.ai/api/images/ephemeral/xtdZiqPwRxqY1Y7NExFmzB.png?exp=1743867804&sig=e13e12677633f646d8531a153d20e2d3698dca9ee7661ee5ba4f3b64e7ec3f89",
         *       "is_image_safe": true
         *     }
         */
        ImageGenerationObjectV4: {
            /**
             * url
             * Format: uri
             * @description The direct link to the image generated.
             * @example https://ideogram.ai/api/images/ephemeral/xtdZiqPwRxqY1Y7NExFmzB.png?exp=1743867804&sig=e13e12677633f646d8531a153d20e2d3698dca9ee7661ee5ba4f3b64e7ec3f89
             */
            url?: string | null;
            /**
             * prompt
             * @description The prompt used for the generation. This may be different from the original prompt.
             */
            prompt: string;
            resolution: components["schemas"]["ResolutionV4"];
            /**
             * is_image_safe
             * @description Whether this request passes safety checks. If false, the url field will be empty.
             */
            is_image_safe: boolean;
            /**
             * Seed
             * @description Random seed. Set for reproducible generation.
             * @example 12345
             */
            seed: number;
        };
        /**
         * LayeredImageGenerationObjectV3
         * @example {
         *       "text_containers": [
         *         {
         *           "id": "id",
         *           "items": [
         *             {
         *               "font_candidates": [
         *                 "font_candidates",
         *                 "font_candidates"
         *               ],
         *               "spans": [
         *                 {
         *                   "color": "#212121",
         *                   "text": "text",
         *                   "font_fx": [
         *                     "bold",
         *                     "italic"
         *                   ]
         *                 },
         *                 {
         *                   "color": "#212121",
         *                   "text": "text",
         *                   "font_fx": [
         *                     "bold",
         *                     "italic"
         *                   ]
         *                 }
         *               ],
         *               "font_size": 5,
         *               "glyph_type": "bullet",
         *               "line_height": 2.302136,
         *               "x": 0,
         *               "width": 1,
         *               "style_class": "body",
         *               "y": 6,
         *               "angle": 0,
         *               "alignment": "center",
         *               "font_file": "font_file",
         *               "height": 5
         *             },
         *             {
         *               "font_candidates": [
         *                 "font_candidates",
         *                 "font_candidates"
         *               ],
         *               "spans": [
         *                 {
         *                   "color": "#212121",
         *                   "text": "text",
         *                   "font_fx": [
         *                     "bold",
         *                     "italic"
         *                   ]
         *                 },
         *                 {
         *                   "color": "#212121",
         *                   "text": "text",
         *                   "font_fx": [
         *                     "bold",
         *                     "italic"
         *                   ]
         *                 }
         *               ],
         *               "font_size": 5,
         *               "glyph_type": "bullet",
         *               "line_height": 2.302136,
         *               "x": 0,
         *               "width": 1,
         *               "style_class": "body",
         *               "y": 6,
         *               "angle": 0,
         *               "alignment": "center",
         *               "font_file": "font_file",
         *               "height": 5
         *             }
         *           ]
         *         },
         *         {
         *           "id": "id",
         *           "items": [
         *             {
         *               "font_candidates": [
         *                 "font_candidates",
         *                 "font_candidates"
         *               ],
         *               "spans": [
         *                 {
         *                   "color": "#212121",
         *                   "text": "text",
         *                   "font_fx": [
         *                     "bold",
         *                     "italic"
         *                   ]
         *                 },
         *                 {
         *                   "color": "#212121",
         *                   "text": "text",
         *                   "font_fx": [
         *                     "bold",
         *                     "italic"
         *                   ]
         *                 }
         *               ],
         *               "font_size": 5,
         *               "glyph_type": "bullet",
         *               "line_height": 2.302136,
         *               "x": 0,
         *               "width": 1,
         *               "style_class": "body",
         *               "y": 6,
         *               "angle": 0,
         *               "alignment": "center",
         *               "font_file": "font_file",
         *               "height": 5
         *             },
         *             {
         *               "font_candidates": [
         *                 "font_candidates",
         *                 "font_candidates"
         *               ],
         *               "spans": [
         *                 {
         *                   "color": "#212121",
         *                   "text": "text",
         *                   "font_fx": [
         *                     "bold",
         *                     "italic"
         *                   ]
         *                 },
         *                 {
         *                   "color": "#212121",
         *                   "text": "text",
         *                   "font_fx": [
         *                     "bold",
         *                     "italic"
         *                   ]
         *                 }
         *               ],
         *               "font_size": 5,
         *               "glyph_type": "bullet",
         *               "line_height": 2.302136,
         *               "x": 0,
         *               "width": 1,
         *               "style_class": "body",
         *               "y": 6,
         *               "angle": 0,
         *               "alignment": "center",
         *               "font_file": "font_file",
         *               "height": 5
         *             }
         *           ]
         *         }
         *       ],
         *       "image_layers": [
         *         {
         *           "ref_id": "REF_0",
         *           "x": 7,
         *           "width": 3,
         *           "y": 9,
         *           "height": 2
         *         },
         *         {
         *           "ref_id": "REF_0",
         *           "x": 7,
         *           "width": 3,
         *           "y": 9,
         *           "height": 2
         *         }
         *       ],
         *       "url": "https://openapi-generator.tech",
         *       "text_html": "text_html"
         *     }
         */
        LayeredImageGenerationObjectV3: {
            /**
             * url
             * Format: uri
             * @description The direct link to the text-erased base image. This is the background image with text removed, suitable for re-compositing with the text layers. Falls back to the cover image if the text-erased image is unavailable.
             */
            url?: string | null;
            /**
             * text_containers
             * @description Hierarchical text container data as a list of TextContainerV3 objects.
             */
            text_containers?: components["schemas"]["TextContainerV3"][] | null;
            /**
             * text_html
             * @description Rendered HTML string for text overlays with inline CSS for absolute positioning.
             */
            text_html?: string | null;
            /** image_layers */
            image_layers?: components["schemas"]["ImageLayerV3"][];
        } & components["schemas"]["ImageGenerationObjectV3"];
        /**
         * LayeredImageGenerationResponseV3
         * @description The response which contains information about the generated image, including the download link and other text layeres.
         *     Images links are available for a limited period of time; if you would like to keep the image, you must download it.
         * @example {
         *       "data": [
         *         {
         *           "text_containers": [
         *             {
         *               "id": "id",
         *               "items": [
         *                 {
         *                   "font_candidates": [
         *                     "font_candidates",
         *                     "font_candidates"
         *                   ],
         *                   "spans": [
         *                     {
         *                       "color": "#212121",
         *                       "text": "text",
         *                       "font_fx": [
         *                         "bold",
         *                         "italic"
         *                       ]
         *                     },
         *                     {
         *                       "color": "#212121",
         *                       "text": "text",
         *                       "font_fx": [
         *                         "bold",
         *                         "italic"
         *                       ]
         *                     }
         *                   ],
         *                   "font_size": 5,
         *                   "glyph_type": "bullet",
         *                   "line_height": 2.302136,
         *                   "x": 0,
         *                   "width": 1,
         *                   "style_class": "body",
         *                   "y": 6,
         *                   "angle": 0,
         *                   "alignment": "center",
         *                   "font_file": "font_file",
         *                   "height": 5
         *                 },
         *                 {
         *                   "font_candidates": [
         *                     "font_candidates",
         *                     "font_candidates"
         *                   ],
         *                   "spans": [
         *                     {
         *                       "color": "#212121",
         *                       "text": "text",
         *                       "font_fx": [
         *                         "bold",
         *                         "italic"
         *                       ]
         *                     },
         *                     {
         *                       "color": "#212121",
         *                       "text": "text",
         *                       "font_fx": [
         *                         "bold",
         *                         "italic"
         *                       ]
         *                     }
         *                   ],
         *                   "font_size": 5,
         *                   "glyph_type": "bullet",
         *                   "line_height": 2.302136,
         *                   "x": 0,
         *                   "width": 1,
         *                   "style_class": "body",
         *                   "y": 6,
         *                   "angle": 0,
         *                   "alignment": "center",
         *                   "font_file": "font_file",
         *                   "height": 5
         *                 }
         *               ]
         *             },
         *             {
         *               "id": "id",
         *               "items": [
         *                 {
         *                   "font_candidates": [
         *                     "font_candidates",
         *                     "font_candidates"
         *                   ],
         *                   "spans": [
         *                     {
         *                       "color": "#212121",
         *                       "text": "text",
         *                       "font_fx": [
         *                         "bold",
         *                         "italic"
         *                       ]
         *                     },
         *                     {
         *                       "color": "#212121",
         *                       "text": "text",
         *                       "font_fx": [
         *                         "bold",
         *                         "italic"
         *                       ]
         *                     }
         *                   ],
         *                   "font_size": 5,
         *                   "glyph_type": "bullet",
         *                   "line_height": 2.302136,
         *                   "x": 0,
         *                   "width": 1,
         *                   "style_class": "body",
         *                   "y": 6,
         *                   "angle": 0,
         *                   "alignment": "center",
         *                   "font_file": "font_file",
         *                   "height": 5
         *                 },
         *                 {
         *                   "font_candidates": [
         *                     "font_candidates",
         *                     "font_candidates"
         *                   ],
         *                   "spans": [
         *                     {
         *                       "color": "#212121",
         *                       "text": "text",
         *                       "font_fx": [
         *                         "bold",
         *                         "italic"
         *                       ]
         *                     },
         *                     {
         *                       "color": "#212121",
         *                       "text": "text",
         *                       "font_fx": [
         *                         "bold",
         *                         "italic"
         *                       ]
         *                     }
         *                   ],
         *                   "font_size": 5,
         *                   "glyph_type": "bullet",
         *                   "line_height": 2.302136,
         *                   "x": 0,
         *                   "width": 1,
         *                   "style_class": "body",
         *                   "y": 6,
         *                   "angle": 0,
         *                   "alignment": "center",
         *                   "font_file": "font_file",
         *                   "height": 5
         *                 }
         *               ]
         *             }
         *           ],
         *           "image_layers": [
         *             {
         *               "ref_id": "REF_0",
         *               "x": 7,
         *               "width": 3,
         *               "y": 9,
         *               "height": 2
         *             },
         *             {
         *               "ref_id": "REF_0",
         *               "x": 7,
         *               "width": 3,
         *               "y": 9,
         *               "height": 2
         *             }
         *           ],
         *           "url": "https://openapi-generator.tech",
         *           "text_html": "text_html"
         *         },
         *         {
         *           "text_containers": [
         *             {
         *               "id": "id",
         *               "items": [
         *                 {
         *                   "font_candidates": [
         *                     "font_candidates",
         *                     "font_candidates"
         *                   ],
         *                   "spans": [
         *                     {
         *                       "color": "#212121",
         *                       "text": "text",
         *                       "font_fx": [
         *                         "bold",
         *                         "italic"
         *                       ]
         *                     },
         *                     {
         *                       "color": "#212121",
         *                       "text": "text",
         *                       "font_fx": [
         *                         "bold",
         *                         "italic"
         *                       ]
         *                     }
         *                   ],
         *                   "font_size": 5,
         *                   "glyph_type": "bullet",
         *                   "line_height": 2.302136,
         *                   "x": 0,
         *                   "width": 1,
         *                   "style_class": "body",
         *                   "y": 6,
         *                   "angle": 0,
         *                   "alignment": "center",
         *                   "font_file": "font_file",
         *                   "height": 5
         *                 },
         *                 {
         *                   "font_candidates": [
         *                     "font_candidates",
         *                     "font_candidates"
         *                   ],
         *                   "spans": [
         *                     {
         *                       "color": "#212121",
         *                       "text": "text",
         *                       "font_fx": [
         *                         "bold",
         *                         "italic"
         *                       ]
         *                     },
         *                     {
         *                       "color": "#212121",
         *                       "text": "text",
         *                       "font_fx": [
         *                         "bold",
         *                         "italic"
         *                       ]
         *                     }
         *                   ],
         *                   "font_size": 5,
         *                   "glyph_type": "bullet",
         *                   "line_height": 2.302136,
         *                   "x": 0,
         *                   "width": 1,
         *                   "style_class": "body",
         *                   "y": 6,
         *                   "angle": 0,
         *                   "alignment": "center",
         *                   "font_file": "font_file",
         *                   "height": 5
         *                 }
         *               ]
         *             },
         *             {
         *               "id": "id",
         *               "items": [
         *                 {
         *                   "font_candidates": [
         *                     "font_candidates",
         *                     "font_candidates"
         *                   ],
         *                   "spans": [
         *                     {
         *                       "color": "#212121",
         *                       "text": "text",
         *                       "font_fx": [
         *                         "bold",
         *                         "italic"
         *                       ]
         *                     },
         *                     {
         *                       "color": "#212121",
         *                       "text": "text",
         *                       "font_fx": [
         *                         "bold",
         *                         "italic"
         *                       ]
         *                     }
         *                   ],
         *                   "font_size": 5,
         *                   "glyph_type": "bullet",
         *                   "line_height": 2.302136,
         *                   "x": 0,
         *                   "width": 1,
         *                   "style_class": "body",
         *                   "y": 6,
         *                   "angle": 0,
         *                   "alignment": "center",
         *                   "font_file": "font_file",
         *                   "height": 5
         *                 },
         *                 {
         *                   "font_candidates": [
         *                     "font_candidates",
         *                     "font_candidates"
         *                   ],
         *                   "spans": [
         *                     {
         *                       "color": "#212121",
         *                       "text": "text",
         *                       "font_fx": [
         *                         "bold",
         *                         "italic"
         *                       ]
         *                     },
         *                     {
         *                       "color": "#212121",
         *                       "text": "text",
         *                       "font_fx": [
         *                         "bold",
         *                         "italic"
         *                       ]
         *                     }
         *                   ],
         *                   "font_size": 5,
         *                   "glyph_type": "bullet",
         *                   "line_height": 2.302136,
         *                   "x": 0,
         *                   "width": 1,
         *                   "style_class": "body",
         *                   "y": 6,
         *                   "angle": 0,
         *                   "alignment": "center",
         *                   "font_file": "font_file",
         *                   "height": 5
         *                 }
         *               ]
         *             }
         *           ],
         *           "image_layers": [
         *             {
         *               "ref_id": "REF_0",
         *               "x": 7,
         *               "width": 3,
         *               "y": 9,
         *               "height": 2
         *             },
         *             {
         *               "ref_id": "REF_0",
         *               "x": 7,
         *               "width": 3,
         *               "y": 9,
         *               "height": 2
         *             }
         *           ],
         *           "url": "https://openapi-generator.tech",
         *           "text_html": "text_html"
         *         }
         *       ],
         *       "created": "2000-01-23T04:56:07+00:00"
         *     }
         */
        LayeredImageGenerationResponseV3: {
            /**
             * created
             * Format: date-time
             * @description The time the request was created.
             */
            created: string;
            /**
             * data
             * @description A list of ImageObjects that contain the generated image(s).
             */
            data: components["schemas"]["LayeredImageGenerationObjectV3"][];
        };
        /**
         * MagicPromptVersionEnum
         * @description The magic prompt version to use when magic prompt option is set to AUTO or ON.
         * @example V_0
         * @enum {string}
         */
        MagicPromptVersionEnum: "V_0" | "V_0_1" | "V_0_2" | "V_0_3" | "V_0_4" | "V_0_5" | "V_0_6" | "V_0_7" | "V_0_8";
        /**
         * ModelEnum
         * @description The model used to generate an image or edit one. /generate and /remix supports all model types, however, /edit is only supported for V_2 and V_2_TURBO.
         * @default V_2
         * @example V_2_TURBO
         * @enum {string}
         */
        ModelEnum: "V_1" | "V_1_TURBO" | "V_2" | "V_2_TURBO" | "V_2A" | "V_2A_TURBO" | "V_3" | "AUTO";
        /**
         * GenerateImageSafetyError
         * @example {
         *       "error": "Prompt provided failed safety check due to the inclusion of prohibited content."
         *     }
         */
        GenerateImageSafetyError: {
            /**
             * error
             * @example Prompt provided failed safety check due to the inclusion of prohibited content.
             */
            error: string;
        };
        /**
         * MagicPromptRequest
         * @description A request to generate a magic prompt
         * @example {
         *       "prompt": "a cat",
         *       "magic_prompt_version": "V_0_4",
         *       "classify_prompt_category": true,
         *       "style_type": "AUTO",
         *       "seed": 12345
         *     }
         */
        MagicPromptRequest: {
            /**
             * @description The prompt to enhance with a magic prompt
             * @example a cat
             */
            prompt: string;
            magic_prompt_version: components["schemas"]["MagicPromptVersionEnum"];
            /**
             * @description Whether to classify the prompt into a use case category.
             * @default true
             * @example false
             */
            classify_prompt_category: boolean;
            style_type?: components["schemas"]["StyleTypeV3"];
            /**
             * @description Random seed for reproducible generation
             * @example 12345
             */
            seed?: number;
            /** @description Generations with character reference are subject to the character reference pricing. A set of images to use as character references (maximum total size 10MB across all character references), currently only supports 1 character reference image. The images should be in JPEG, PNG or WebP format. */
            character_reference_images?: Blob[];
            /**
             * @description A system prompt to use for the magic prompt.
             * @example You are a helpful assistant that generates magic prompts for images.
             */
            system_prompt?: string;
        };
        /**
         * MagicPromptResponse
         * @description The response containing generated magic prompt
         * @example {
         *       "magic_prompt": "A photorealistic cat with striking green eyes, sitting gracefully on a vintage wooden chair. The cat's fur has beautiful orange and white markings, and soft natural lighting illuminates the scene from a nearby window."
         *     }
         */
        MagicPromptResponse: {
            /** @description The generated magic prompt */
            magic_prompt: string;
        };
        /**
         * InternalBatchRequest
         * @description A request for batch magic prompt evalution.
         * @example {
         *       "user_prompts": [
         *         "a cat",
         *         "a dog"
         *       ],
         *       "sampling_request_params": {
         *         "aspect_ratio": "1x1",
         *         "style_type": "GENERAL",
         *         "magic_prompt_version": "V_0",
         *         "seed": 12345,
         *         "negative_prompt": "brush strokes, painting",
         *         "magic_prompt_option": "ON",
         *         "model": "V_2_TURBO",
         *         "resolution": "1280x800",
         *         "num_images": 1,
         *         "color_palette": {
         *           "name": "PASTEL"
         *         }
         *       },
         *       "experiment_variant": "MAGIC_PROMPT_NO_TEXT"
         *     }
         */
        InternalBatchRequest: {
            /**
             * user_prompts
             * @description The prompts to enhance with a magic prompt.
             * @example [
             *       "a cat",
             *       "a dog"
             *     ]
             */
            user_prompts: string[];
            /**
             * experiment_variant
             * @description The experiment variant used for template selection for the magic prompts.
             * @example MAGIC_PROMPT_NO_TEXT
             */
            experiment_variant?: string;
            sampling_request_params?: components["schemas"]["SamplingRequestParams"];
        };
        /**
         * InternalBatchResponse
         * @description A response for batch magic prompt evalution containing relavent information for /internal/batch/status GET request to find out if the batch generation has completed.
         * @example {
         *       "job_id": "job_id"
         *     }
         */
        InternalBatchResponse: {
            /**
             * job_id
             * @description The job id for the batch generation.
             */
            job_id: string;
        };
        /**
         * SamplingRequestParams
         * @example {
         *       "aspect_ratio": "1x1",
         *       "style_type": "GENERAL",
         *       "magic_prompt_version": "V_0",
         *       "seed": 12345,
         *       "negative_prompt": "brush strokes, painting",
         *       "magic_prompt_option": "ON",
         *       "model": "V_2_TURBO",
         *       "resolution": "1280x800",
         *       "num_images": 1,
         *       "color_palette": {
         *         "name": "PASTEL"
         *       }
         *     }
         */
        SamplingRequestParams: {
            /**
             * aspect_ratio
             * @example 1x1
             */
            aspect_ratio?: components["schemas"]["AspectRatioV3"];
            model?: components["schemas"]["ModelEnum"];
            magic_prompt_option?: components["schemas"]["MagicPromptOption"];
            magic_prompt_version?: components["schemas"]["MagicPromptVersionEnum"];
            /**
             * Seed
             * @description Random seed. Set for reproducible generation.
             * @example 12345
             */
            seed?: number;
            style_type?: components["schemas"]["StyleTypeV3"];
            /**
             * negative_prompt
             * @description Only available for model versions V_1, V_1_TURBO, V_2 and V_2_TURBO. Description of what to exclude from an image. Descriptions in the prompt take precedence to descriptions in the negative prompt.
             * @example brush strokes, painting
             */
            negative_prompt?: string;
            /**
             * NumImages
             * @description The number of images to generate.
             * @default 1
             */
            num_images?: number;
            resolution?: components["schemas"]["ResolutionV3"];
            color_palette?: components["schemas"]["ColorPaletteWithPresetNameOrMembers"];
        };
        /**
         * TextSpanV3
         * @description An atomic text segment within a text item, carrying text content and visual styling.
         * @example {
         *       "color": "#212121",
         *       "text": "text",
         *       "font_fx": [
         *         "bold",
         *         "italic"
         *       ]
         *     }
         */
        TextSpanV3: {
            /**
             * text
             * @description The text content for this segment. Line breaks within the span are represented as \n.
             */
            text: string;
            /**
             * font_fx
             * @description Ordered list of style effects applied to this text span.
             *     This is the primary style field for layered text.
             * @example [
             *       "bold",
             *       "italic"
             *     ]
             */
            font_fx: ("bold" | "italic" | "underline" | "strikethrough" | "all_caps" | "small_caps" | "superscript" | "subscript")[];
            /**
             * color
             * @description The hex color of the text (e.g. "#FF0000" for red).
             * @example #212121
             */
            color: string;
        };
        /**
         * TextItemV3
         * @description A single text block within a container, representing one logical unit of text (e.g., a headline, a paragraph, a list entry).
         * @example {
         *       "font_candidates": [
         *         "font_candidates",
         *         "font_candidates"
         *       ],
         *       "spans": [
         *         {
         *           "color": "#212121",
         *           "text": "text",
         *           "font_fx": [
         *             "bold",
         *             "italic"
         *           ]
         *         },
         *         {
         *           "color": "#212121",
         *           "text": "text",
         *           "font_fx": [
         *             "bold",
         *             "italic"
         *           ]
         *         }
         *       ],
         *       "font_size": 5,
         *       "glyph_type": "bullet",
         *       "line_height": 2.302136,
         *       "x": 0,
         *       "width": 1,
         *       "style_class": "body",
         *       "y": 6,
         *       "angle": 0,
         *       "alignment": "center",
         *       "font_file": "font_file",
         *       "height": 5
         *     }
         */
        TextItemV3: {
            /**
             * x
             * @description The x coordinate of the item in pixels.
             */
            x: number;
            /**
             * y
             * @description The y coordinate of the item in pixels.
             */
            y: number;
            /**
             * width
             * @description The width of the item in pixels.
             */
            width: number;
            /**
             * height
             * @description The height of the item in pixels.
             */
            height: number;
            /**
             * alignment
             * @description The text alignment of the item.
             * @example center
             * @enum {string}
             */
            alignment: "left" | "center" | "right";
            /**
             * angle
             * Format: float
             * @description The angle rotation of the text, measured clockwise in degrees.
             * @example 0
             */
            angle?: number;
            /**
             * style_class
             * @description Typographic classification of the text.
             * @example body
             * @enum {string}
             */
            style_class: "h1" | "h2" | "body" | "small";
            /**
             * glyph_type
             * @description The type of list marker glyph, if any. Null for non-list items.
             * @example null
             * @enum {string|null}
             */
            glyph_type?: "bullet" | "number" | "icon" | "other" | null;
            /**
             * font_file
             * @description The matched font file for this item.
             */
            font_file?: string | null;
            /**
             * font_candidates
             * @description A list of alternate matching font files for this item.
             */
            font_candidates?: string[] | null;
            /**
             * font_size
             * @description The font size in points. Null for non-editable items.
             */
            font_size?: number | null;
            /**
             * line_height
             * Format: float
             * @description The line height multiplier (e.g., 1.2). Null for non-editable items.
             */
            line_height?: number | null;
            /**
             * spans
             * @description Ordered list of text spans. Concatenating span text values produces the full item text.
             */
            spans: components["schemas"]["TextSpanV3"][];
        };
        /**
         * TextContainerV3
         * @description A spatial grouping of related text items that form a cohesive visual unit (e.g., a title group, a list, a card).
         * @example {
         *       "id": "id",
         *       "items": [
         *         {
         *           "font_candidates": [
         *             "font_candidates",
         *             "font_candidates"
         *           ],
         *           "spans": [
         *             {
         *               "color": "#212121",
         *               "text": "text",
         *               "font_fx": [
         *                 "bold",
         *                 "italic"
         *               ]
         *             },
         *             {
         *               "color": "#212121",
         *               "text": "text",
         *               "font_fx": [
         *                 "bold",
         *                 "italic"
         *               ]
         *             }
         *           ],
         *           "font_size": 5,
         *           "glyph_type": "bullet",
         *           "line_height": 2.302136,
         *           "x": 0,
         *           "width": 1,
         *           "style_class": "body",
         *           "y": 6,
         *           "angle": 0,
         *           "alignment": "center",
         *           "font_file": "font_file",
         *           "height": 5
         *         },
         *         {
         *           "font_candidates": [
         *             "font_candidates",
         *             "font_candidates"
         *           ],
         *           "spans": [
         *             {
         *               "color": "#212121",
         *               "text": "text",
         *               "font_fx": [
         *                 "bold",
         *                 "italic"
         *               ]
         *             },
         *             {
         *               "color": "#212121",
         *               "text": "text",
         *               "font_fx": [
         *                 "bold",
         *                 "italic"
         *               ]
         *             }
         *           ],
         *           "font_size": 5,
         *           "glyph_type": "bullet",
         *           "line_height": 2.302136,
         *           "x": 0,
         *           "width": 1,
         *           "style_class": "body",
         *           "y": 6,
         *           "angle": 0,
         *           "alignment": "center",
         *           "font_file": "font_file",
         *           "height": 5
         *         }
         *       ]
         *     }
         */
        TextContainerV3: {
            /**
             * id
             * @description Unique container identifier (e.g., "container_01").
             */
            id: string;
            /**
             * items
             * @description Ordered list of text items in this container.
             */
            items: components["schemas"]["TextItemV3"][];
        };
        /**
         * ImageLayerV3
         * @description An image layer (logo, brand asset, icon) for a layered image generation.
         * @example {
         *       "ref_id": "REF_0",
         *       "x": 7,
         *       "width": 3,
         *       "y": 9,
         *       "height": 2
         *     }
         */
        ImageLayerV3: {
            /**
             * x
             * @description The x coordinate of the layer.
             */
            x: number;
            /**
             * y
             * @description The y coordinate of the layer.
             */
            y: number;
            /**
             * width
             * @description The width of the layer.
             */
            width: number;
            /**
             * height
             * @description The height of the layer.
             */
            height: number;
            /**
             * ref_id
             * @description Reference ID matching a provided reference image (e.g., "REF_0"), or -1 if no match.
             * @example REF_0
             */
            ref_id?: string;
        };
        LayerizeTextRequest: {
            /**
             * Format: binary
             * @description The image to analyze for text detection. The image should be in JPEG, PNG, or WebP format (max size 10MB).
             */
            image: Blob;
            /** @description An optional text description of the image. If not provided, a description will be auto-generated from the image. */
            prompt?: string;
            seed?: components["schemas"]["Seed"];
        };
        /**
         * LayerizeTextResponse
         * @description The response containing detected text blocks and a text-erased base image.
         *
         *     Image links are available for a limited period of time; if you would like to keep the image, you must download it.
         * @example {
         *       "original_image_url": "https://openapi-generator.tech",
         *       "seed": 12345,
         *       "base_image_url": "https://openapi-generator.tech",
         *       "text_blocks": [
         *         {
         *           "role": "heading",
         *           "color": "#212121",
         *           "font_alternatives": [
         *             "font_alternatives",
         *             "font_alternatives"
         *           ],
         *           "font_size": 2,
         *           "font_name": "font_name",
         *           "line_height": 7.0614014,
         *           "x": 0,
         *           "width": 1,
         *           "y": 6,
         *           "angle": 5.637377,
         *           "text": "Hello World",
         *           "alignment": "left",
         *           "formatting": [
         *             "bold",
         *             "bold"
         *           ],
         *           "height": 5
         *         },
         *         {
         *           "role": "heading",
         *           "color": "#212121",
         *           "font_alternatives": [
         *             "font_alternatives",
         *             "font_alternatives"
         *           ],
         *           "font_size": 2,
         *           "font_name": "font_name",
         *           "line_height": 7.0614014,
         *           "x": 0,
         *           "width": 1,
         *           "y": 6,
         *           "angle": 5.637377,
         *           "text": "Hello World",
         *           "alignment": "left",
         *           "formatting": [
         *             "bold",
         *             "bold"
         *           ],
         *           "height": 5
         *         }
         *       ]
         *     }
         */
        LayerizeTextResponse: {
            /**
             * base_image_url
             * Format: uri
             * @description URL of the image with all detected text removed.
             */
            base_image_url: string;
            /**
             * original_image_url
             * Format: uri
             * @description URL of the original image with text intact.
             */
            original_image_url?: string | null;
            /**
             * text_blocks
             * @description Flat list of detected text regions in the image.
             */
            text_blocks: components["schemas"]["DetectedTextBlock"][];
            /**
             * Seed
             * @description Random seed. Set for reproducible generation.
             * @example 12345
             */
            seed: number;
        };
        /**
         * DetectedTextBlock
         * @description A single detected text region with its position, content, font information, and styling.
         * @example {
         *       "role": "heading",
         *       "color": "#212121",
         *       "font_alternatives": [
         *         "font_alternatives",
         *         "font_alternatives"
         *       ],
         *       "font_size": 2,
         *       "font_name": "font_name",
         *       "line_height": 7.0614014,
         *       "x": 0,
         *       "width": 1,
         *       "y": 6,
         *       "angle": 5.637377,
         *       "text": "Hello World",
         *       "alignment": "left",
         *       "formatting": [
         *         "bold",
         *         "bold"
         *       ],
         *       "height": 5
         *     }
         */
        DetectedTextBlock: {
            /**
             * x
             * @description X coordinate in pixels from the top-left corner.
             */
            x: number;
            /**
             * y
             * @description Y coordinate in pixels from the top-left corner.
             */
            y: number;
            /**
             * width
             * @description Width of the text region in pixels.
             */
            width: number;
            /**
             * height
             * @description Height of the text region in pixels.
             */
            height: number;
            /**
             * text
             * @description The detected text content. Line breaks are represented as \n.
             * @example Hello World
             */
            text: string;
            /**
             * alignment
             * @description Detected text alignment.
             * @enum {string}
             */
            alignment: "left" | "center" | "right";
            /**
             * angle
             * Format: float
             * @description Rotation angle in degrees (clockwise). Defaults to 0.
             * @default 0
             */
            angle?: number;
            /**
             * font_name
             * @description Best-matching font name from the font library.
             */
            font_name?: string | null;
            /**
             * font_alternatives
             * @description Alternative font matches, ranked by similarity.
             */
            font_alternatives?: string[] | null;
            /**
             * font_size
             * @description Detected font size in points.
             */
            font_size?: number | null;
            /**
             * line_height
             * Format: float
             * @description Line height multiplier (e.g., 1.2).
             */
            line_height?: number | null;
            /**
             * color
             * @description Detected text color in hex format.
             * @example #212121
             */
            color?: string | null;
            /**
             * formatting
             * @description Detected text formatting effects.
             */
            formatting: ("bold" | "italic" | "underline" | "strikethrough" | "all_caps" | "small_caps" | "superscript" | "subscript")[];
            /**
             * role
             * @description Inferred typographic role of this text block.
             * @enum {string|null}
             */
            role?: "heading" | "subheading" | "body" | "caption" | null;
        };
        /**
         * InternalBatchResultsResponse
         * @description A response for batch magic prompt job results.
         * @example {
         *       "job_status": "COMPLETE",
         *       "results": [
         *         {
         *           "image_url": "image_url",
         *           "prompt": "a cat"
         *         },
         *         {
         *           "image_url": "image_url",
         *           "prompt": "a cat"
         *         }
         *       ]
         *     }
         */
        InternalBatchResultsResponse: {
            /**
             * job_status
             * @description The status of the batch generation job.
             * @example COMPLETE
             */
            job_status: string;
            /**
             * results
             * @description The batch generation results, with each entry containing a prompt and its corresponding image URL.
             */
            results?: components["schemas"]["InternalBatchResultsResponseResultsInner"][];
        };
        /**
         * ImageSafetyError
         * @example {
         *       "error": "Image provided failed safety check due to the inclusion of prohibited content."
         *     }
         */
        ImageSafetyError: {
            /**
             * error
             * @example Image provided failed safety check due to the inclusion of prohibited content.
             */
            error: string;
        };
        /**
         * ManageApiSubscriptionResponse
         * @example {
         *       "recharge_settings": {
         *         "is_active": true
         *       },
         *       "has_stripe_setup": true,
         *       "metronome_dashboard_dark_mode_url": "metronome_dashboard_dark_mode_url",
         *       "stripe_billing_url": "stripe_billing_url",
         *       "current_balance": {
         *         "amount": 1050,
         *         "currency_code": "USD"
         *       },
         *       "has_accepted_terms": true,
         *       "metronome_dashboard_url": "metronome_dashboard_url",
         *       "metronome_links": {
         *         "usage_iframe_url": "usage_iframe_url",
         *         "usage_iframe_dark_mode_url": "usage_iframe_dark_mode_url",
         *         "credits_iframe_dark_mode_url": "credits_iframe_dark_mode_url",
         *         "invoices_iframe_dark_mode_url": "invoices_iframe_dark_mode_url",
         *         "invoices_iframe_url": "invoices_iframe_url",
         *         "credits_iframe_url": "credits_iframe_url"
         *       }
         *     }
         */
        ManageApiSubscriptionResponse: {
            /**
             * has_accepted_terms
             * @description Whether or not the latest required terms have been accepted.
             */
            has_accepted_terms: boolean;
            /**
             * has_stripe_setup
             * @description Whether or not Stripe is setup for API usage.
             */
            has_stripe_setup: boolean;
            /**
             * metronome_dashboard_url
             * @deprecated
             * @description The URL to display the customer usage dashboard.
             */
            metronome_dashboard_url?: string;
            /**
             * metronome_dashboard_dark_mode_url
             * @deprecated
             * @description The URL to display the customer usage dashboard, in dark mode.
             */
            metronome_dashboard_dark_mode_url?: string;
            metronome_links?: components["schemas"]["MetronomeLinks"];
            recharge_settings?: components["schemas"]["RechargeSettingsResponse"];
            /**
             * stripe_billing_url
             * @description The URL for the user to manage the existing Stripe subscription plan.
             */
            stripe_billing_url?: string;
            current_balance: components["schemas"]["Price"];
        };
        /**
         * MetronomeLinks
         * @example {
         *       "usage_iframe_url": "usage_iframe_url",
         *       "usage_iframe_dark_mode_url": "usage_iframe_dark_mode_url",
         *       "credits_iframe_dark_mode_url": "credits_iframe_dark_mode_url",
         *       "invoices_iframe_dark_mode_url": "invoices_iframe_dark_mode_url",
         *       "invoices_iframe_url": "invoices_iframe_url",
         *       "credits_iframe_url": "credits_iframe_url"
         *     }
         */
        MetronomeLinks: {
            /**
             * invoices_iframe_url
             * @description The URL to display the customer invoice and API usage.
             */
            invoices_iframe_url?: string;
            /**
             * invoices_iframe_dark_mode_url
             * @description The URL to display the customer invoice and API usage.
             */
            invoices_iframe_dark_mode_url?: string;
            /**
             * credits_iframe_url
             * @description The URL to display the customer invoice and API usage.
             */
            credits_iframe_url?: string;
            /**
             * credits_iframe_dark_mode_url
             * @description The URL to display the customer invoice and API usage.
             */
            credits_iframe_dark_mode_url?: string;
            /**
             * usage_iframe_url
             * @description The URL to display the customer usage dashboard.
             */
            usage_iframe_url?: string;
            /**
             * usage_iframe_dark_mode_url
             * @description The URL to display the customer usage dashboard, in dark mode.
             */
            usage_iframe_dark_mode_url?: string;
        };
        /**
         * RechargeSettingsResponse
         * @example {
         *       "is_active": true
         *     }
         */
        RechargeSettingsResponse: {
            /**
             * is_active
             * @description Whether or not the recharge setting is currently active.
             */
            is_active: boolean;
        } & components["schemas"]["RechargeSettings"];
        /**
         * RechargeSettings
         * @description The current recharge settings for the API subscription.
         * @example {
         *       "minimum_balance_threshold": {
         *         "amount": 1050,
         *         "currency_code": "USD"
         *       },
         *       "top_up_balance": {
         *         "amount": 1050,
         *         "currency_code": "USD"
         *       }
         *     }
         */
        RechargeSettings: {
            top_up_balance: components["schemas"]["Price"];
            minimum_balance_threshold: components["schemas"]["Price"];
        };
        /**
         * PostApiSubscriptionResponse
         * @description The updated API subscription.
         * @example {
         *       "recharge_settings": {
         *         "is_active": true
         *       }
         *     }
         */
        PostApiSubscriptionResponse: {
            recharge_settings?: components["schemas"]["RechargeSettingsResponse"];
        };
        /**
         * PostApiSubscriptionError
         * @description Represents an error when attempting to update the API subscription.
         * @example {
         *       "messages": [
         *         "messages",
         *         "messages"
         *       ]
         *     }
         */
        PostApiSubscriptionError: {
            /**
             * messages
             * @description Error messages about what the error could be.
             */
            messages?: string[];
        };
        /**
         * PostApiSubscriptionRequest
         * @description Request to update API settings. Fields which are omitted will be ignored.
         * @example {
         *       "recharge_settings": {
         *         "minimum_balance_threshold": {
         *           "amount": 1050,
         *           "currency_code": "USD"
         *         },
         *         "top_up_balance": {
         *           "amount": 1050,
         *           "currency_code": "USD"
         *         }
         *       },
         *       "is_active": true
         *     }
         */
        PostApiSubscriptionRequest: {
            recharge_settings?: components["schemas"]["RechargeSettings"];
            /**
             * is_active
             * @description Whether to enable or disable auto recharge.
             */
            is_active?: boolean;
        };
        /**
         * PostApiReactivateResponse
         * @description Response to re-activating API settings.
         * @example {
         *       "recharge_settings": {
         *         "is_active": true
         *       }
         *     }
         */
        PostApiReactivateResponse: {
            recharge_settings?: components["schemas"]["RechargeSettingsResponse"];
        };
        /**
         * GetApiKeysResponse
         * @example {
         *       "current_api_keys": [
         *         {
         *           "creation_time": "2000-01-23T04:56:07+00:00",
         *           "redacted_api_key": "vkpDja",
         *           "api_key_id": "JRPVD7jWR1aTBYiJ0UFVOg=="
         *         },
         *         {
         *           "creation_time": "2000-01-23T04:56:07+00:00",
         *           "redacted_api_key": "vkpDja",
         *           "api_key_id": "JRPVD7jWR1aTBYiJ0UFVOg=="
         *         }
         *       ]
         *     }
         */
        GetApiKeysResponse: {
            /**
             * current_api_keys
             * @description The current API keys that are active. Only returns redacted keys.
             * @default []
             */
            current_api_keys?: components["schemas"]["RedactedApiKey"][];
        };
        /**
         * RedactedApiKey
         * @description A representation of an API key that does not contain the full key.
         * @example {
         *       "creation_time": "2000-01-23T04:56:07+00:00",
         *       "redacted_api_key": "vkpDja",
         *       "api_key_id": "JRPVD7jWR1aTBYiJ0UFVOg=="
         *     }
         */
        RedactedApiKey: {
            /**
             * redacted_api_key
             * @description A redacted text snippet of the API key. Contains the first 4 characters of the API key
             * @example vkpDja
             */
            redacted_api_key: string;
            /**
             * creation_time
             * Format: date-time
             * @description The time at which the key was created
             */
            creation_time: string;
            /**
             * api_key_id
             * @description A URL safe base64 encoded UUID
             * @example JRPVD7jWR1aTBYiJ0UFVOg==
             */
            api_key_id: string;
        };
        /**
         * PostApiKeyResponse
         * @example {
         *       "api_key": "example_api_key_replace_with_your_actual_key",
         *       "api_key_id": "JRPVD7jWR1aTBYiJ0UFVOg=="
         *     }
         */
        PostApiKeyResponse: {
            /**
             * api_key
             * @description The API key to use when making authenticated requests with the API. This key will only be shown once.
             * @example example_api_key_replace_with_your_actual_key
             */
            api_key: string;
            /**
             * api_key_id
             * @description The ID of the API key. A URL safe base64 encoded UUID
             * @example JRPVD7jWR1aTBYiJ0UFVOg==
             */
            api_key_id: string;
        };
        /**
         * ManageApiStripeSubscriptionResponse
         * @example {
         *       "stripe_subscription_url": "stripe_subscription_url",
         *       "stripe_billing_url": "stripe_billing_url"
         *     }
         */
        ManageApiStripeSubscriptionResponse: {
            /**
             * stripe_subscription_url
             * @description The URL for the user to checkout the Stripe subscription plan.
             */
            stripe_subscription_url?: string;
            /**
             * stripe_billing_url
             * @deprecated
             * @description DEPRECATED. The URL for the user to manage the existing Stripe subscription plan. Get this from ManageApiSubscriptionResponse instead.
             */
            stripe_billing_url?: string;
        };
        /**
         * GetApiTermsResponse
         * @example {
         *       "api_terms": {
         *         "terms_url": "terms_url",
         *         "terms_id": "terms_id"
         *       }
         *     }
         */
        GetApiTermsResponse: {
            api_terms: components["schemas"]["ApiTerms"];
        };
        /**
         * ApiTerms
         * @example {
         *       "terms_url": "terms_url",
         *       "terms_id": "terms_id"
         *     }
         */
        ApiTerms: {
            /**
             * terms_id
             * @description The ID of the terms.
             */
            terms_id: string;
            /**
             * terms_url
             * @description The URL where the terms are hosted.
             */
            terms_url: string;
        };
        /**
         * PostApiTermsRequest
         * @example {
         *       "terms_id": "TOS_2024_04_20"
         *     }
         */
        PostApiTermsRequest: {
            /**
             * terms_id
             * @description The ID of the terms which are being accepted.
             * @example TOS_2024_04_20
             */
            terms_id: string;
        };
        /**
         * PostAddCreditsResponse
         * @example {
         *       "amount": {
         *         "amount": 1050,
         *         "currency_code": "USD"
         *       }
         *     }
         */
        PostAddCreditsResponse: {
            amount: components["schemas"]["Price"];
        };
        /**
         * PostAddCreditsError
         * @description Represents an error when attempting to add credits to an API user's account.
         * @example {
         *       "messages": [
         *         "messages",
         *         "messages"
         *       ]
         *     }
         */
        PostAddCreditsError: {
            /**
             * messages
             * @description Error messages about what the error could be.
             */
            messages?: string[];
        };
        /**
         * PostAddCreditsRequest
         * @example {
         *       "amount": {
         *         "amount": 1050,
         *         "currency_code": "USD"
         *       }
         *     }
         */
        PostAddCreditsRequest: {
            amount: components["schemas"]["Price"];
        };
        /**
         * GetUserCreditsResponse
         * @example {
         *       "total_spend": {
         *         "amount": 1050,
         *         "currency_code": "USD"
         *       },
         *       "average_daily_spend": {
         *         "amount": 1050,
         *         "currency_code": "USD"
         *       },
         *       "available_credits": {
         *         "amount": 1050,
         *         "currency_code": "USD"
         *       }
         *     }
         */
        GetUserCreditsResponse: {
            available_credits?: components["schemas"]["Price"];
            total_spend: components["schemas"]["Price"];
            average_daily_spend: components["schemas"]["Price"];
        };
        /**
         * SpendCommitInfoResponse
         * @example {
         *       "commits": [
         *         {
         *           "commit_start_time": "2000-01-23T04:56:07+00:00",
         *           "is_postpaid_commit": true,
         *           "commit_amount_spent": {
         *             "amount": 1050,
         *             "currency_code": "USD"
         *           },
         *           "commit_amount": {
         *             "amount": 1050,
         *             "currency_code": "USD"
         *           },
         *           "commit_end_time": "2000-01-23T04:56:07+00:00"
         *         },
         *         {
         *           "commit_start_time": "2000-01-23T04:56:07+00:00",
         *           "is_postpaid_commit": true,
         *           "commit_amount_spent": {
         *             "amount": 1050,
         *             "currency_code": "USD"
         *           },
         *           "commit_amount": {
         *             "amount": 1050,
         *             "currency_code": "USD"
         *           },
         *           "commit_end_time": "2000-01-23T04:56:07+00:00"
         *         }
         *       ]
         *     }
         */
        SpendCommitInfoResponse: {
            /**
             * commits
             * @description A list of spend commit information
             */
            commits: components["schemas"]["SpendCommitInfo"][];
        };
        /**
         * SpendCommitInfo
         * @example {
         *       "commit_start_time": "2000-01-23T04:56:07+00:00",
         *       "is_postpaid_commit": true,
         *       "commit_amount_spent": {
         *         "amount": 1050,
         *         "currency_code": "USD"
         *       },
         *       "commit_amount": {
         *         "amount": 1050,
         *         "currency_code": "USD"
         *       },
         *       "commit_end_time": "2000-01-23T04:56:07+00:00"
         *     }
         */
        SpendCommitInfo: {
            commit_amount_spent: components["schemas"]["Price"];
            commit_amount: components["schemas"]["Price"];
            /**
             * commit_start_time
             * Format: date-time
             * @description The start time of the commit period
             */
            commit_start_time: string;
            /**
             * commit_end_time
             * Format: date-time
             * @description The end time of the commit period
             */
            commit_end_time: string;
            /**
             * is_postpaid_commit
             * @description Whether the commit is postpaid (true) or prepaid (false)
             */
            is_postpaid_commit: boolean;
        };
        /**
         * GetUsageInfoResponse
         * @example {
         *       "usage_segments": [
         *         {
         *           "segment_start": "2023-08-09T00:00:00+00:00",
         *           "tool_usage": [
         *             {
         *               "user_email_address": "user@company.com",
         *               "model_version": "V_0_3",
         *               "full_tool_name": "Turbo Image Generation V3",
         *               "amount": {
         *                 "amount": 1050,
         *                 "currency_code": "USD"
         *               },
         *               "tool_type": "GENERATE",
         *               "api_key_id": "JRPVD7jWR1aTBYiJ0UFVOg"
         *             },
         *             {
         *               "user_email_address": "user@company.com",
         *               "model_version": "V_0_3",
         *               "full_tool_name": "Turbo Image Generation V3",
         *               "amount": {
         *                 "amount": 1050,
         *                 "currency_code": "USD"
         *               },
         *               "tool_type": "GENERATE",
         *               "api_key_id": "JRPVD7jWR1aTBYiJ0UFVOg"
         *             }
         *           ],
         *           "segment_end": "2023-08-09T23:59:59+00:00"
         *         },
         *         {
         *           "segment_start": "2023-08-09T00:00:00+00:00",
         *           "tool_usage": [
         *             {
         *               "user_email_address": "user@company.com",
         *               "model_version": "V_0_3",
         *               "full_tool_name": "Turbo Image Generation V3",
         *               "amount": {
         *                 "amount": 1050,
         *                 "currency_code": "USD"
         *               },
         *               "tool_type": "GENERATE",
         *               "api_key_id": "JRPVD7jWR1aTBYiJ0UFVOg"
         *             },
         *             {
         *               "user_email_address": "user@company.com",
         *               "model_version": "V_0_3",
         *               "full_tool_name": "Turbo Image Generation V3",
         *               "amount": {
         *                 "amount": 1050,
         *                 "currency_code": "USD"
         *               },
         *               "tool_type": "GENERATE",
         *               "api_key_id": "JRPVD7jWR1aTBYiJ0UFVOg"
         *             }
         *           ],
         *           "segment_end": "2023-08-09T23:59:59+00:00"
         *         }
         *       ]
         *     }
         */
        GetUsageInfoResponse: {
            /**
             * usage_segments
             * @description List of usage segments with tool-specific breakdowns
             */
            usage_segments: components["schemas"]["UsageSegment"][];
        };
        /**
         * UsageSegment
         * @example {
         *       "segment_start": "2023-08-09T00:00:00+00:00",
         *       "tool_usage": [
         *         {
         *           "user_email_address": "user@company.com",
         *           "model_version": "V_0_3",
         *           "full_tool_name": "Turbo Image Generation V3",
         *           "amount": {
         *             "amount": 1050,
         *             "currency_code": "USD"
         *           },
         *           "tool_type": "GENERATE",
         *           "api_key_id": "JRPVD7jWR1aTBYiJ0UFVOg"
         *         },
         *         {
         *           "user_email_address": "user@company.com",
         *           "model_version": "V_0_3",
         *           "full_tool_name": "Turbo Image Generation V3",
         *           "amount": {
         *             "amount": 1050,
         *             "currency_code": "USD"
         *           },
         *           "tool_type": "GENERATE",
         *           "api_key_id": "JRPVD7jWR1aTBYiJ0UFVOg"
         *         }
         *       ],
         *       "segment_end": "2023-08-09T23:59:59+00:00"
         *     }
         */
        UsageSegment: {
            /**
             * segment_start
             * Format: date-time
             * @description Start time of the usage segment
             * @example 2023-08-09T00:00:00+00:00
             */
            segment_start: string;
            /**
             * segment_end
             * Format: date-time
             * @description End time of the usage segment
             * @example 2023-08-09T23:59:59+00:00
             */
            segment_end: string;
            /**
             * tool_usage
             * @description Tool-specific usage breakdown within this segment
             */
            tool_usage: components["schemas"]["ToolUsage"][];
        };
        /**
         * ToolUsage
         * @example {
         *       "user_email_address": "user@company.com",
         *       "model_version": "V_0_3",
         *       "full_tool_name": "Turbo Image Generation V3",
         *       "amount": {
         *         "amount": 1050,
         *         "currency_code": "USD"
         *       },
         *       "tool_type": "GENERATE",
         *       "api_key_id": "JRPVD7jWR1aTBYiJ0UFVOg"
         *     }
         */
        ToolUsage: {
            /**
             * full_tool_name
             * @description Name of the tool used
             * @example Turbo Image Generation V3
             */
            full_tool_name: string;
            amount: components["schemas"]["Price"];
            /**
             * api_key_id
             * @description Base64 encoded API key ID (for API usage)
             * @example JRPVD7jWR1aTBYiJ0UFVOg
             */
            api_key_id?: string;
            /**
             * user_email_address
             * @description User email address (for web app usage)
             * @example user@company.com
             */
            user_email_address?: string;
            tool_type: components["schemas"]["ToolType"];
            model_version?: components["schemas"]["ModelVersion"];
        };
        /**
         * ToolType
         * @description Tool type for filtering usage information
         * @example GENERATE
         * @enum {string}
         */
        ToolType: "GENERATE" | "REMIX" | "EDIT" | "UPSCALE" | "DESCRIBE" | "OTHER";
        /**
         * SegmentBy
         * @description Time segment granularity for usage breakdown
         * @example DAY
         * @enum {string}
         */
        SegmentBy: "DAY" | "HOUR";
        /**
         * UsageSource
         * @description Filter usage by source - API for programmatic API usage, APP for web application usage
         * @default API
         * @enum {string}
         */
        UsageSource: "API" | "APP";
        /**
         * ModelVersion
         * @description The model_version to use.
         *     - V_0_3: Model 1.0
         *     - V_1_1: Model 1.1
         *     - V_1_5: Model 2.0
         *     - V_2_1: Model 2a
         *     - V_3_0: Model 3.0 March 26
         *     - V_3_1: Model 3.0 Latest
         *     - V_4_0: Model 4.0
         *     - AUTO: Automatically select the best model version based on the request.
         * @example V_0_3
         * @enum {string}
         */
        ModelVersion: "V_0_1" | "V_0_2" | "V_0_3" | "V_1_1" | "V_1_5" | "V_2_1" | "V_3_0" | "V_3_1" | "V_4_0" | "EXTERNAL_GOOGLE_VEO_3_0" | "EXTERNAL_BYTEDANCE_SEEDANCE_1_0_PRO" | "EXTERNAL_MINIMAX_HAILUO_02" | "EXTERNAL_MODEL" | "AUTO";
        /**
         * GetApiProfilesResponse
         * @example {
         *       "profiles": [
         *         {
         *           "is_metronome_2_user": true,
         *           "role": "OWNER",
         *           "avatar_url": "https://example.com/avatar.jpg",
         *           "organization_id": "b3JnYW5pemF0aW9uXzEyMw",
         *           "name": "Gamma",
         *           "type": "INDIVIDUAL",
         *           "api_keys": [
         *             {
         *               "creation_time": "2000-01-23T04:56:07+00:00",
         *               "redacted_api_key": "ATG56•••••••••••••",
         *               "api_key_id": "JRPVD7jWR1aTBYiJ0UFVOg",
         *               "status": null
         *             },
         *             {
         *               "creation_time": "2000-01-23T04:56:07+00:00",
         *               "redacted_api_key": "ATG56•••••••••••••",
         *               "api_key_id": "JRPVD7jWR1aTBYiJ0UFVOg",
         *               "status": null
         *             }
         *           ],
         *           "max_num_inflight_requests_permitted": 10
         *         },
         *         {
         *           "is_metronome_2_user": true,
         *           "role": "OWNER",
         *           "avatar_url": "https://example.com/avatar.jpg",
         *           "organization_id": "b3JnYW5pemF0aW9uXzEyMw",
         *           "name": "Gamma",
         *           "type": "INDIVIDUAL",
         *           "api_keys": [
         *             {
         *               "creation_time": "2000-01-23T04:56:07+00:00",
         *               "redacted_api_key": "ATG56•••••••••••••",
         *               "api_key_id": "JRPVD7jWR1aTBYiJ0UFVOg",
         *               "status": null
         *             },
         *             {
         *               "creation_time": "2000-01-23T04:56:07+00:00",
         *               "redacted_api_key": "ATG56•••••••••••••",
         *               "api_key_id": "JRPVD7jWR1aTBYiJ0UFVOg",
         *               "status": null
         *             }
         *           ],
         *           "max_num_inflight_requests_permitted": 10
         *         }
         *       ]
         *     }
         */
        GetApiProfilesResponse: {
            /**
             * profiles
             * @description List of user's API profiles
             * @default []
             */
            profiles: components["schemas"]["ApiProfile"][];
        };
        /**
         * ApiProfile
         * @example {
         *       "is_metronome_2_user": true,
         *       "role": "OWNER",
         *       "avatar_url": "https://example.com/avatar.jpg",
         *       "organization_id": "b3JnYW5pemF0aW9uXzEyMw",
         *       "name": "Gamma",
         *       "type": "INDIVIDUAL",
         *       "api_keys": [
         *         {
         *           "creation_time": "2000-01-23T04:56:07+00:00",
         *           "redacted_api_key": "ATG56•••••••••••••",
         *           "api_key_id": "JRPVD7jWR1aTBYiJ0UFVOg",
         *           "status": null
         *         },
         *         {
         *           "creation_time": "2000-01-23T04:56:07+00:00",
         *           "redacted_api_key": "ATG56•••••••••••••",
         *           "api_key_id": "JRPVD7jWR1aTBYiJ0UFVOg",
         *           "status": null
         *         }
         *       ],
         *       "max_num_inflight_requests_permitted": 10
         *     }
         */
        ApiProfile: {
            type: components["schemas"]["ApiProfileType"];
            /**
             * name
             * @description The display name of the profile
             * @example Gamma
             */
            name: string;
            /**
             * avatar_url
             * @description URL to the profile avatar
             * @example https://example.com/avatar.jpg
             */
            avatar_url?: string;
            /**
             * organization_id
             * @description Base64 encoded organization ID (only for ENTERPRISE profiles)
             * @example b3JnYW5pemF0aW9uXzEyMw
             */
            organization_id: string;
            role: components["schemas"]["ApiProfileRole"];
            /**
             * api_keys
             * @description List of API keys associated with this profile
             * @default []
             */
            api_keys: components["schemas"]["ApiProfileApiKey"][];
            /**
             * is_metronome_2_user
             * @description Whether the user is on Metronome 2.0
             */
            is_metronome_2_user: boolean;
            /**
             * max_num_inflight_requests_permitted
             * @description The maximum number of inflight requests permitted for the profile
             * @example 10
             */
            max_num_inflight_requests_permitted: number;
        };
        /**
         * ApiProfileType
         * @description Type of API profile
         * @example INDIVIDUAL
         * @enum {string}
         */
        ApiProfileType: "INDIVIDUAL" | "ENTERPRISE";
        /**
         * ApiProfileRole
         * @description Role within an enterprise organization profile
         * @example OWNER
         * @enum {string}
         */
        ApiProfileRole: "OWNER" | "MEMBER";
        /**
         * ApiProfileApiKey
         * @example {
         *       "creation_time": "2000-01-23T04:56:07+00:00",
         *       "redacted_api_key": "ATG56•••••••••••••",
         *       "api_key_id": "JRPVD7jWR1aTBYiJ0UFVOg",
         *       "status": null
         *     }
         */
        ApiProfileApiKey: {
            /**
             * api_key_id
             * @description Base64 encoded API key ID
             * @example JRPVD7jWR1aTBYiJ0UFVOg
             */
            api_key_id: string;
            /**
             * redacted_api_key
             * @description A redacted text snippet of the API key. Contains the first 4 characters of the API key
             * @example ATG56•••••••••••••
             */
            redacted_api_key: string;
            /**
             * creation_time
             * Format: date-time
             * @description The date at which the API key was created
             */
            creation_time: string;
            status: components["schemas"]["ApiKeyStatus"];
        };
        /**
         * ApiKeyStatus
         * @description Status of the API key
         * @enum {string}
         */
        ApiKeyStatus: "ACTIVE" | "DISABLED";
        /**
         * GetApiOrganizationUserSuggestionsResponse
         * @example {
         *       "user_suggestions": [
         *         {
         *           "display_handle": "john_doe",
         *           "joined": false,
         *           "profile_pic": "https://example.com/avatars/user123.jpg",
         *           "name": "John Doe"
         *         },
         *         {
         *           "display_handle": "john_doe",
         *           "joined": false,
         *           "profile_pic": "https://example.com/avatars/user123.jpg",
         *           "name": "John Doe"
         *         }
         *       ]
         *     }
         */
        GetApiOrganizationUserSuggestionsResponse: {
            /**
             * user_suggestions
             * @description List of user suggestions for the organization
             * @default []
             */
            user_suggestions: components["schemas"]["ApiOrganizationUserSuggestion"][];
        };
        /**
         * ApiOrganizationUserSuggestion
         * @example {
         *       "display_handle": "john_doe",
         *       "joined": false,
         *       "profile_pic": "https://example.com/avatars/user123.jpg",
         *       "name": "John Doe"
         *     }
         */
        ApiOrganizationUserSuggestion: {
            /**
             * display_handle
             * @description The display handle of the user
             * @example john_doe
             */
            display_handle: string;
            /**
             * joined
             * @description Whether the user has already joined the organization
             * @example false
             */
            joined: boolean;
            /**
             * profile_pic
             * Format: uri
             * @description URL to the user's profile picture
             * @example https://example.com/avatars/user123.jpg
             */
            profile_pic?: string;
            /**
             * name
             * @description The full name of the user
             * @example John Doe
             */
            name?: string;
        };
        /**
         * GetOrganizationMembersResponse
         * @example {
         *       "members": [
         *         {
         *           "display_handle": "john_doe",
         *           "email_address": "john.doe@example.com",
         *           "role": "OWNER",
         *           "full_name": "full_name",
         *           "avatar_url": "https://example.com/avatars/user123.jpg",
         *           "user_id": "dXNlcl8xMjM"
         *         },
         *         {
         *           "display_handle": "john_doe",
         *           "email_address": "john.doe@example.com",
         *           "role": "OWNER",
         *           "full_name": "full_name",
         *           "avatar_url": "https://example.com/avatars/user123.jpg",
         *           "user_id": "dXNlcl8xMjM"
         *         }
         *       ]
         *     }
         */
        GetOrganizationMembersResponse: {
            /**
             * members
             * @description List of organization members
             * @default []
             */
            members: components["schemas"]["OrganizationMember"][];
        };
        /**
         * OrganizationMember
         * @example {
         *       "display_handle": "john_doe",
         *       "email_address": "john.doe@example.com",
         *       "role": "OWNER",
         *       "full_name": "full_name",
         *       "avatar_url": "https://example.com/avatars/user123.jpg",
         *       "user_id": "dXNlcl8xMjM"
         *     }
         */
        OrganizationMember: {
            /**
             * user_id
             * @description Base64 encoded user ID
             * @example dXNlcl8xMjM
             */
            user_id: string;
            /**
             * display_handle
             * @description The display handle/username of the member
             * @example john_doe
             */
            display_handle: string;
            /**
             * email_address
             * @description The email address of the member
             * @example john.doe@example.com
             */
            email_address: string;
            /**
             * avatar_url
             * Format: uri
             * @description URL to the member's avatar image
             * @example https://example.com/avatars/user123.jpg
             */
            avatar_url: string;
            role: components["schemas"]["ApiProfileRole"];
            /**
             * full_name
             * @description User's full name if entered through user profile.
             */
            full_name?: string | null;
        };
        /**
         * CreateApiKeyResponse
         * @example {
         *       "creation_time": "2024-05-25T02:00:30+00:00",
         *       "api_key": "example_api_key_replace_with_your_actual_key",
         *       "api_key_id": "JRPVD7jWR1aTBYiJ0UFVOg=="
         *     }
         */
        CreateApiKeyResponse: {
            /**
             * api_key
             * @description The API key to use when making authenticated requests with the API. This key will only be shown once.
             * @example example_api_key_replace_with_your_actual_key
             */
            api_key: string;
            /**
             * api_key_id
             * @description The ID of the API key. A URL safe base64 encoded UUID
             * @example JRPVD7jWR1aTBYiJ0UFVOg==
             */
            api_key_id: string;
            /**
             * creation_time
             * Format: date-time
             * @description The time at which the API key was created
             * @example 2024-05-25T02:00:30+00:00
             */
            creation_time: string;
        };
        /**
         * GetApiKeysV2Response
         * @example {
         *       "api_keys": [
         *         {
         *           "creation_time": "2000-01-23T04:56:07+00:00",
         *           "redacted_api_key": "ATG56•••••••••••••",
         *           "api_key_id": "JRPVD7jWR1aTBYiJ0UFVOg",
         *           "status": null
         *         },
         *         {
         *           "creation_time": "2000-01-23T04:56:07+00:00",
         *           "redacted_api_key": "ATG56•••••••••••••",
         *           "api_key_id": "JRPVD7jWR1aTBYiJ0UFVOg",
         *           "status": null
         *         }
         *       ]
         *     }
         */
        GetApiKeysV2Response: {
            /**
             * api_keys
             * @description List of API keys associated with the organization
             * @default []
             */
            api_keys: components["schemas"]["ApiProfileApiKey"][];
        };
        /**
         * OrganizationMemberOperationResponse
         * @example {
         *       "results": [
         *         {
         *           "success": true,
         *           "message": "message"
         *         },
         *         {
         *           "success": true,
         *           "message": "message"
         *         }
         *       ]
         *     }
         */
        OrganizationMemberOperationResponse: {
            /**
             * results
             * @description List of results for each member operation
             */
            results: components["schemas"]["OrganizationMemberOperationResult"][];
        };
        /**
         * OrganizationMemberOperationResult
         * @example {
         *       "success": true,
         *       "message": "message"
         *     }
         */
        OrganizationMemberOperationResult: {
            /**
             * success
             * @description Whether the operation was successful for this member
             */
            success: boolean;
            /**
             * message
             * @description A message describing the outcome of the operation for this member
             */
            message?: string;
        };
        /**
         * AddOrganizationMembersRequest
         * @example {
         *       "members": [
         *         {
         *           "display_handle": "john_doe",
         *           "email_address": "john.doe@example.com",
         *           "user_id": "dXNlcl8xMjM"
         *         },
         *         {
         *           "display_handle": "john_doe",
         *           "email_address": "john.doe@example.com",
         *           "user_id": "dXNlcl8xMjM"
         *         }
         *       ]
         *     }
         */
        AddOrganizationMembersRequest: {
            /**
             * members
             * @description List of organization members to add
             * @default []
             */
            members: components["schemas"]["LiteOrganizationMember"][];
        };
        /**
         * LiteOrganizationMember
         * @description A lite representation of an organization member with optional fields for identification
         * @example {
         *       "display_handle": "john_doe",
         *       "email_address": "john.doe@example.com",
         *       "user_id": "dXNlcl8xMjM"
         *     }
         */
        LiteOrganizationMember: {
            /**
             * user_id
             * @description Base64 encoded user ID
             * @example dXNlcl8xMjM
             */
            user_id?: string;
            /**
             * display_handle
             * @description The display handle/username of the member
             * @example john_doe
             */
            display_handle?: string;
            /**
             * email_address
             * @description The email address of the member
             * @example john.doe@example.com
             */
            email_address?: string;
        };
        /**
         * RemoveOrganizationMembersRequest
         * @example {
         *       "members": [
         *         {
         *           "display_handle": "john_doe",
         *           "email_address": "john.doe@example.com",
         *           "user_id": "dXNlcl8xMjM"
         *         },
         *         {
         *           "display_handle": "john_doe",
         *           "email_address": "john.doe@example.com",
         *           "user_id": "dXNlcl8xMjM"
         *         }
         *       ]
         *     }
         */
        RemoveOrganizationMembersRequest: {
            /**
             * members
             * @description List of organization members to remove
             * @default []
             */
            members: components["schemas"]["LiteOrganizationMember"][];
        };
        /**
         * PromoteOrganizationMembersRequest
         * @example {
         *       "members": [
         *         {
         *           "display_handle": "john_doe",
         *           "email_address": "john.doe@example.com",
         *           "user_id": "dXNlcl8xMjM"
         *         },
         *         {
         *           "display_handle": "john_doe",
         *           "email_address": "john.doe@example.com",
         *           "user_id": "dXNlcl8xMjM"
         *         }
         *       ]
         *     }
         */
        PromoteOrganizationMembersRequest: {
            /**
             * members
             * @description List of organization members to promote to OWNER role
             * @default []
             */
            members: components["schemas"]["LiteOrganizationMember"][];
        };
        /**
         * ListOrganizationInvoicesResponse
         * @example {
         *       "invoices": [
         *         {
         *           "total_spend": {
         *             "amount": 1050,
         *             "currency_code": "USD"
         *           },
         *           "start_time": "2024-01-01T00:00:00+00:00",
         *           "end_time": "2024-01-31T23:59:59+00:00",
         *           "invoice_id": "invoice_123",
         *           "line_items": [
         *             {
         *               "charge_name": "Image Generation - V3",
         *               "total": {
         *                 "amount": 1050,
         *                 "currency_code": "USD"
         *               },
         *               "quantity": 1000,
         *               "unit_price": {
         *                 "amount": 1050,
         *                 "currency_code": "USD"
         *               },
         *               "api_key_id": "api_key_id"
         *             },
         *             {
         *               "charge_name": "Image Generation - V3",
         *               "total": {
         *                 "amount": 1050,
         *                 "currency_code": "USD"
         *               },
         *               "quantity": 1000,
         *               "unit_price": {
         *                 "amount": 1050,
         *                 "currency_code": "USD"
         *               },
         *               "api_key_id": "api_key_id"
         *             }
         *           ],
         *           "issued_time": "2024-01-01T00:00:00+00:00",
         *           "paid_date": "2024-02-01T00:00:00+00:00",
         *           "invoice_status": "PAID"
         *         },
         *         {
         *           "total_spend": {
         *             "amount": 1050,
         *             "currency_code": "USD"
         *           },
         *           "start_time": "2024-01-01T00:00:00+00:00",
         *           "end_time": "2024-01-31T23:59:59+00:00",
         *           "invoice_id": "invoice_123",
         *           "line_items": [
         *             {
         *               "charge_name": "Image Generation - V3",
         *               "total": {
         *                 "amount": 1050,
         *                 "currency_code": "USD"
         *               },
         *               "quantity": 1000,
         *               "unit_price": {
         *                 "amount": 1050,
         *                 "currency_code": "USD"
         *               },
         *               "api_key_id": "api_key_id"
         *             },
         *             {
         *               "charge_name": "Image Generation - V3",
         *               "total": {
         *                 "amount": 1050,
         *                 "currency_code": "USD"
         *               },
         *               "quantity": 1000,
         *               "unit_price": {
         *                 "amount": 1050,
         *                 "currency_code": "USD"
         *               },
         *               "api_key_id": "api_key_id"
         *             }
         *           ],
         *           "issued_time": "2024-01-01T00:00:00+00:00",
         *           "paid_date": "2024-02-01T00:00:00+00:00",
         *           "invoice_status": "PAID"
         *         }
         *       ]
         *     }
         */
        ListOrganizationInvoicesResponse: {
            /**
             * invoices
             * @description List of invoices
             * @default []
             */
            invoices: components["schemas"]["Invoice"][];
        };
        /**
         * Invoice
         * @example {
         *       "total_spend": {
         *         "amount": 1050,
         *         "currency_code": "USD"
         *       },
         *       "start_time": "2024-01-01T00:00:00+00:00",
         *       "end_time": "2024-01-31T23:59:59+00:00",
         *       "invoice_id": "invoice_123",
         *       "line_items": [
         *         {
         *           "charge_name": "Image Generation - V3",
         *           "total": {
         *             "amount": 1050,
         *             "currency_code": "USD"
         *           },
         *           "quantity": 1000,
         *           "unit_price": {
         *             "amount": 1050,
         *             "currency_code": "USD"
         *           },
         *           "api_key_id": "api_key_id"
         *         },
         *         {
         *           "charge_name": "Image Generation - V3",
         *           "total": {
         *             "amount": 1050,
         *             "currency_code": "USD"
         *           },
         *           "quantity": 1000,
         *           "unit_price": {
         *             "amount": 1050,
         *             "currency_code": "USD"
         *           },
         *           "api_key_id": "api_key_id"
         *         }
         *       ],
         *       "issued_time": "2024-01-01T00:00:00+00:00",
         *       "paid_date": "2024-02-01T00:00:00+00:00",
         *       "invoice_status": "PAID"
         *     }
         */
        Invoice: {
            /**
             * invoice_id
             * @description The invoice ID in Metronome
             * @example invoice_123
             */
            invoice_id?: string | null;
            /**
             * start_time
             * Format: date-time
             * @description The start time of the invoice period
             * @example 2024-01-01T00:00:00+00:00
             */
            start_time: string;
            /**
             * end_time
             * Format: date-time
             * @description The end time of the invoice period
             * @example 2024-01-31T23:59:59+00:00
             */
            end_time: string;
            /**
             * issued_time
             * Format: date-time
             * @description The date when the invoice was issued
             * @example 2024-01-01T00:00:00+00:00
             */
            issued_time?: string | null;
            /**
             * paid_date
             * Format: date-time
             * @description The date when the invoice was marked paid in Metronome
             * @example 2024-02-01T00:00:00+00:00
             */
            paid_date?: string | null;
            total_spend: components["schemas"]["Price"];
            invoice_status: components["schemas"]["InvoiceStatus"];
            /**
             * line_items
             * @description A list of line items within the invoice
             * @default []
             */
            line_items: components["schemas"]["InvoiceLineItem"][];
        };
        /**
         * InvoiceStatus
         * @description Status of the invoice
         * @example PAID
         * @enum {string}
         */
        InvoiceStatus: "DRAFT" | "PENDING_PAYMENT" | "PAID" | "VOIDED";
        /**
         * InvoiceLineItem
         * @example {
         *       "charge_name": "Image Generation - V3",
         *       "total": {
         *         "amount": 1050,
         *         "currency_code": "USD"
         *       },
         *       "quantity": 1000,
         *       "unit_price": {
         *         "amount": 1050,
         *         "currency_code": "USD"
         *       },
         *       "api_key_id": "api_key_id"
         *     }
         */
        InvoiceLineItem: {
            /**
             * charge_name
             * @description The name of the charge
             * @example Image Generation - V3
             */
            charge_name: string;
            /**
             * api_key_id
             * @description The API key associated with the usage, when available
             */
            api_key_id?: string | null;
            /**
             * quantity
             * @description The quantity of the charge
             * @example 1000
             */
            quantity: number;
            unit_price: components["schemas"]["Price"];
            total: components["schemas"]["Price"];
        };
        /**
         * ListDatasetsResponse
         * @example {
         *       "datasets": [
         *         {
         *           "creation_time": "2000-01-23T04:56:07+00:00",
         *           "user_id": "user_id",
         *           "dataset_id": "dataset_id",
         *           "name": "name",
         *           "cover_asset_identifier": {
         *             "asset_type": "RESPONSE",
         *             "asset_id": "7uS_VESkRI6O3-sVgHQp_A"
         *           }
         *         },
         *         {
         *           "creation_time": "2000-01-23T04:56:07+00:00",
         *           "user_id": "user_id",
         *           "dataset_id": "dataset_id",
         *           "name": "name",
         *           "cover_asset_identifier": {
         *             "asset_type": "RESPONSE",
         *             "asset_id": "7uS_VESkRI6O3-sVgHQp_A"
         *           }
         *         }
         *       ]
         *     }
         */
        ListDatasetsResponse: {
            /**
             * datasets
             * @description List of datasets for the authenticated user.
             * @default []
             */
            datasets: components["schemas"]["Dataset"][];
        };
        /**
         * Dataset
         * @description A dataset for organizing training images.
         * @example {
         *       "creation_time": "2000-01-23T04:56:07+00:00",
         *       "user_id": "user_id",
         *       "dataset_id": "dataset_id",
         *       "name": "name",
         *       "cover_asset_identifier": {
         *         "asset_type": "RESPONSE",
         *         "asset_id": "7uS_VESkRI6O3-sVgHQp_A"
         *       }
         *     }
         */
        Dataset: {
            /**
             * dataset_id
             * @description Unique identifier for the dataset.
             */
            dataset_id: string;
            /**
             * name
             * @description Display name of the dataset.
             */
            name: string;
            /**
             * user_id
             * @description ID of the user who owns this dataset.
             */
            user_id: string;
            /**
             * creation_time
             * Format: date-time
             * @description When the dataset was created.
             */
            creation_time: string;
            cover_asset_identifier?: components["schemas"]["AssetIdentifier"];
        };
        /**
         * CreateDatasetRequest
         * @example {
         *       "name": "name"
         *     }
         */
        CreateDatasetRequest: {
            /**
             * name
             * @description Name of the dataset.
             */
            name: string;
        };
        /**
         * GetDatasetResponse
         * @description Detailed view of a dataset, including its files.
         * @example {
         *       "file_count": 0,
         *       "custom_model_ids": [
         *         "custom_model_ids",
         *         "custom_model_ids"
         *       ],
         *       "files": [
         *         {
         *           "file_name": "file_name",
         *           "file_size_bytes": 6
         *         },
         *         {
         *           "file_name": "file_name",
         *           "file_size_bytes": 6
         *         }
         *       ],
         *       "dataset": {
         *         "creation_time": "2000-01-23T04:56:07+00:00",
         *         "user_id": "user_id",
         *         "dataset_id": "dataset_id",
         *         "name": "name",
         *         "cover_asset_identifier": {
         *           "asset_type": "RESPONSE",
         *           "asset_id": "7uS_VESkRI6O3-sVgHQp_A"
         *         }
         *       }
         *     }
         */
        GetDatasetResponse: {
            dataset: components["schemas"]["Dataset"];
            /**
             * file_count
             * @description Total number of files in the dataset.
             */
            file_count: number;
            /**
             * files
             * @description List of files in the dataset.
             * @default []
             */
            files: components["schemas"]["DatasetFile"][];
            /**
             * custom_model_ids
             * @description IDs of all custom models trained from this dataset. Empty array if no model has been trained yet.
             * @default []
             */
            custom_model_ids: string[];
        };
        /**
         * DatasetFile
         * @description A file in a dataset.
         * @example {
         *       "file_name": "file_name",
         *       "file_size_bytes": 6
         *     }
         */
        DatasetFile: {
            /**
             * file_name
             * @description Filename of the file in the dataset.
             */
            file_name: string | null;
            /**
             * file_size_bytes
             * @description Size of the file in bytes, if available.
             */
            file_size_bytes?: number | null;
        };
        /**
         * UploadDatasetAssetsResponse
         * @example {
         *       "successful_assets": [
         *         {
         *           "asset_identifier": {
         *             "asset_type": "RESPONSE",
         *             "asset_id": "7uS_VESkRI6O3-sVgHQp_A"
         *           },
         *           "file_name": "file_name"
         *         },
         *         {
         *           "asset_identifier": {
         *             "asset_type": "RESPONSE",
         *             "asset_id": "7uS_VESkRI6O3-sVgHQp_A"
         *           },
         *           "file_name": "file_name"
         *         }
         *       ],
         *       "total_count": 0,
         *       "failed_assets": [
         *         {
         *           "file_name": "file_name",
         *           "failure_reason": null
         *         },
         *         {
         *           "file_name": "file_name",
         *           "failure_reason": null
         *         }
         *       ],
         *       "success_count": 6,
         *       "failure_count": 1
         *     }
         */
        UploadDatasetAssetsResponse: {
            /**
             * total_count
             * @description Total number of images processed.
             */
            total_count: number;
            /**
             * success_count
             * @description Number of images successfully uploaded.
             */
            success_count: number;
            /**
             * failure_count
             * @description Number of images that failed to upload.
             */
            failure_count: number;
            /**
             * successful_assets
             * @description Details of successfully uploaded assets.
             * @default []
             */
            successful_assets?: components["schemas"]["DatasetUploadSucceededAsset"][];
            /**
             * failed_assets
             * @description Details of assets that failed to upload.
             * @default []
             */
            failed_assets?: components["schemas"]["DatasetUploadFailedAsset"][];
        };
        /**
         * DatasetUploadSucceededAsset
         * @example {
         *       "asset_identifier": {
         *         "asset_type": "RESPONSE",
         *         "asset_id": "7uS_VESkRI6O3-sVgHQp_A"
         *       },
         *       "file_name": "file_name"
         *     }
         */
        DatasetUploadSucceededAsset: {
            asset_identifier: components["schemas"]["AssetIdentifier"];
            /**
             * file_name
             * @description Original filename of the uploaded image.
             */
            file_name?: string | null;
        };
        /**
         * DatasetUploadFailedAsset
         * @example {
         *       "file_name": "file_name",
         *       "failure_reason": null
         *     }
         */
        DatasetUploadFailedAsset: {
            /**
             * file_name
             * @description Original filename of the failed image.
             */
            file_name?: string | null;
            failure_reason: components["schemas"]["DatasetAssetFailureReason"];
        };
        /**
         * DatasetAssetFailureReason
         * @description Reason why an asset failed to upload.
         * @enum {string}
         */
        DatasetAssetFailureReason: "FAILED_SAFETY_CHECK" | "FILE_TOO_LARGE" | "INTERNAL_ERROR" | "INVALID_CAPTION" | "INVALID_IMAGE" | "INVALID_ZIP" | "TOO_MANY_IMAGES";
        UploadDatasetAssetsRequest: {
            /** @description Image files (JPEG, PNG, WebP), .txt caption sidecar files, and/or ZIP archives containing images and captions. Caption .txt files are matched to images by filename stem (e.g. sunset.txt provides the caption for sunset.jpg). Captions are optional! */
            files: Blob[];
        };
        /**
         * TrainDatasetModelResponse
         * @example {
         *       "training_status": "training_status",
         *       "model_name": "model_name",
         *       "dataset_id": "dataset_id",
         *       "model_id": "model_id"
         *     }
         */
        TrainDatasetModelResponse: {
            /**
             * model_id
             * @description Unique identifier of the created model.
             */
            model_id: string;
            /**
             * dataset_id
             * @description Identifier of the dataset used for training.
             */
            dataset_id: string;
            /**
             * training_status
             * @description Current training status of the model.
             */
            training_status: string;
            /**
             * model_name
             * @description Name of the model.
             */
            model_name: string;
        };
        /**
         * TrainDatasetModelRequest
         * @description Custom Model training request.
         * @example {
         *       "model_name": "my-custom-model"
         *     }
         */
        TrainDatasetModelRequest: {
            /**
             * model_name
             * @description Name for the trained model. Must be 5-30 characters, alphanumeric with spaces and hyphens allowed.
             * @example my-custom-model
             */
            model_name: string;
        };
        /**
         * ListModelsResponse
         * @example {
         *       "models": [
         *         {
         *           "creation_time": "2000-01-23T04:56:07+00:00",
         *           "last_update_time": "2000-01-23T04:56:07+00:00",
         *           "is_available_for_generation": true,
         *           "dataset_id": "dataset_id",
         *           "name": "name",
         *           "is_owned": true,
         *           "training_runs": [
         *             {
         *               "creation_time": "2000-01-23T04:56:07+00:00",
         *               "last_update_time": "2000-01-23T04:56:07+00:00",
         *               "lora_rank": 6,
         *               "num_chips": 1,
         *               "training_run_id": "training_run_id",
         *               "ema": 5.962133916683182,
         *               "training_steps": 0,
         *               "learning_rate": 5.637376656633329,
         *               "status": null
         *             },
         *             {
         *               "creation_time": "2000-01-23T04:56:07+00:00",
         *               "last_update_time": "2000-01-23T04:56:07+00:00",
         *               "lora_rank": 6,
         *               "num_chips": 1,
         *               "training_run_id": "training_run_id",
         *               "ema": 5.962133916683182,
         *               "training_steps": 0,
         *               "learning_rate": 5.637376656633329,
         *               "status": null
         *             }
         *           ],
         *           "model_id": "model_id",
         *           "custom_model_uri": "model/my-custom-model/version/1",
         *           "status": null
         *         },
         *         {
         *           "creation_time": "2000-01-23T04:56:07+00:00",
         *           "last_update_time": "2000-01-23T04:56:07+00:00",
         *           "is_available_for_generation": true,
         *           "dataset_id": "dataset_id",
         *           "name": "name",
         *           "is_owned": true,
         *           "training_runs": [
         *             {
         *               "creation_time": "2000-01-23T04:56:07+00:00",
         *               "last_update_time": "2000-01-23T04:56:07+00:00",
         *               "lora_rank": 6,
         *               "num_chips": 1,
         *               "training_run_id": "training_run_id",
         *               "ema": 5.962133916683182,
         *               "training_steps": 0,
         *               "learning_rate": 5.637376656633329,
         *               "status": null
         *             },
         *             {
         *               "creation_time": "2000-01-23T04:56:07+00:00",
         *               "last_update_time": "2000-01-23T04:56:07+00:00",
         *               "lora_rank": 6,
         *               "num_chips": 1,
         *               "training_run_id": "training_run_id",
         *               "ema": 5.962133916683182,
         *               "training_steps": 0,
         *               "learning_rate": 5.637376656633329,
         *               "status": null
         *             }
         *           ],
         *           "model_id": "model_id",
         *           "custom_model_uri": "model/my-custom-model/version/1",
         *           "status": null
         *         }
         *       ]
         *     }
         */
        ListModelsResponse: {
            /**
             * models
             * @description List of models.
             * @default []
             */
            models: components["schemas"]["CustomModel"][];
        };
        /**
         * CustomModel
         * @description A custom model.
         * @example {
         *       "creation_time": "2000-01-23T04:56:07+00:00",
         *       "last_update_time": "2000-01-23T04:56:07+00:00",
         *       "is_available_for_generation": true,
         *       "dataset_id": "dataset_id",
         *       "name": "name",
         *       "is_owned": true,
         *       "training_runs": [
         *         {
         *           "creation_time": "2000-01-23T04:56:07+00:00",
         *           "last_update_time": "2000-01-23T04:56:07+00:00",
         *           "lora_rank": 6,
         *           "num_chips": 1,
         *           "training_run_id": "training_run_id",
         *           "ema": 5.962133916683182,
         *           "training_steps": 0,
         *           "learning_rate": 5.637376656633329,
         *           "status": null
         *         },
         *         {
         *           "creation_time": "2000-01-23T04:56:07+00:00",
         *           "last_update_time": "2000-01-23T04:56:07+00:00",
         *           "lora_rank": 6,
         *           "num_chips": 1,
         *           "training_run_id": "training_run_id",
         *           "ema": 5.962133916683182,
         *           "training_steps": 0,
         *           "learning_rate": 5.637376656633329,
         *           "status": null
         *         }
         *       ],
         *       "model_id": "model_id",
         *       "custom_model_uri": "model/my-custom-model/version/1",
         *       "status": null
         *     }
         */
        CustomModel: {
            /**
             * model_id
             * @description Unique identifier for the model (base64 URL-safe encoded UUID).
             */
            model_id: string;
            /**
             * custom_model_uri
             * @description A custom model URI in the format model/<model_name>/version/<version_name>.
             *     Use this URI when generating images with this model. Only present for models
             *     that have been registered in the model registry.
             * @example model/my-custom-model/version/1
             */
            custom_model_uri?: string | null;
            /**
             * name
             * @description Display name of the model.
             */
            name: string;
            status: components["schemas"]["ModelStatus"];
            /**
             * dataset_id
             * @description ID of the dataset (collection) the model was trained from.
             */
            dataset_id?: string | null;
            /**
             * creation_time
             * Format: date-time
             * @description When the model was created.
             */
            creation_time: string;
            /**
             * last_update_time
             * Format: date-time
             * @description When the model was last updated.
             */
            last_update_time?: string | null;
            /**
             * is_available_for_generation
             * @description Whether the model is available for image generation.
             */
            is_available_for_generation: boolean;
            /**
             * is_owned
             * @description Whether the authenticated user owns this model.
             */
            is_owned: boolean;
            /**
             * training_runs
             * @description Training run history. Only populated on the get-by-ID endpoint and only for owned models.
             * @default []
             */
            training_runs?: components["schemas"]["TrainingRun"][];
        };
        /**
         * ModelStatus
         * @description The status of a custom model.
         * @enum {string}
         */
        ModelStatus: "CREATING" | "DRAFT" | "TRAINING" | "COMPLETED" | "ERRORED" | "ARCHIVED";
        /**
         * TrainingRun
         * @description A training run for a custom model.
         * @example {
         *       "creation_time": "2000-01-23T04:56:07+00:00",
         *       "last_update_time": "2000-01-23T04:56:07+00:00",
         *       "lora_rank": 6,
         *       "num_chips": 1,
         *       "training_run_id": "training_run_id",
         *       "ema": 5.962133916683182,
         *       "training_steps": 0,
         *       "learning_rate": 5.637376656633329,
         *       "status": null
         *     }
         */
        TrainingRun: {
            /**
             * training_run_id
             * @description Unique identifier for the training run.
             */
            training_run_id: string;
            status: components["schemas"]["TrainingRunStatus"];
            /**
             * training_steps
             * @description Number of training steps configured.
             */
            training_steps?: number | null;
            /**
             * lora_rank
             * @description LoRA rank used for training.
             */
            lora_rank?: number | null;
            /**
             * num_chips
             * @description Number of TPU chips used.
             */
            num_chips?: number | null;
            /**
             * ema
             * @description Exponential moving average decay rate.
             */
            ema?: number | null;
            /**
             * learning_rate
             * @description Learning rate for the optimizer.
             */
            learning_rate?: number | null;
            /**
             * creation_time
             * Format: date-time
             * @description When the training run was created.
             */
            creation_time: string;
            /**
             * last_update_time
             * Format: date-time
             * @description When the training run was last updated.
             */
            last_update_time?: string | null;
        };
        /**
         * TrainingRunStatus
         * @description The status of a training run.
         * @enum {string}
         */
        TrainingRunStatus: "PREPARING_DATA" | "QUEUED" | "TRAINING" | "FINALIZING" | "COMPLETED";
        /**
         * GetModelResponse
         * @example {
         *       "model": {
         *         "creation_time": "2000-01-23T04:56:07+00:00",
         *         "last_update_time": "2000-01-23T04:56:07+00:00",
         *         "is_available_for_generation": true,
         *         "dataset_id": "dataset_id",
         *         "name": "name",
         *         "is_owned": true,
         *         "training_runs": [
         *           {
         *             "creation_time": "2000-01-23T04:56:07+00:00",
         *             "last_update_time": "2000-01-23T04:56:07+00:00",
         *             "lora_rank": 6,
         *             "num_chips": 1,
         *             "training_run_id": "training_run_id",
         *             "ema": 5.962133916683182,
         *             "training_steps": 0,
         *             "learning_rate": 5.637376656633329,
         *             "status": null
         *           },
         *           {
         *             "creation_time": "2000-01-23T04:56:07+00:00",
         *             "last_update_time": "2000-01-23T04:56:07+00:00",
         *             "lora_rank": 6,
         *             "num_chips": 1,
         *             "training_run_id": "training_run_id",
         *             "ema": 5.962133916683182,
         *             "training_steps": 0,
         *             "learning_rate": 5.637376656633329,
         *             "status": null
         *           }
         *         ],
         *         "model_id": "model_id",
         *         "custom_model_uri": "model/my-custom-model/version/1",
         *         "status": null
         *       }
         *     }
         */
        GetModelResponse: {
            model: components["schemas"]["CustomModel"];
        };
        /**
         * TrainModelV3Request
         * @description Training request for a custom Ideogram v3 model using default hyperparameters.
         * @example {
         *       "model_name": "my-custom-model",
         *       "dataset_id": "abc123"
         *     }
         */
        TrainModelV3Request: {
            /**
             * dataset_id
             * @description ID of the dataset to train the model from.
             * @example abc123
             */
            dataset_id: string;
            /**
             * model_name
             * @description Name for the trained model. Must be 5-30 characters, alphanumeric with spaces and hyphens allowed.
             * @example my-custom-model
             */
            model_name: string;
        };
        /**
         * TrainModelV3AdvancedRequest
         * @description Advanced training request for a custom Ideogram v3 model. Hyperparameters are optional and fall back to defaults when omitted.
         * @example {
         *       "model_name": "my-custom-model",
         *       "lora_rank": 64,
         *       "dataset_id": "abc123",
         *       "ema": 0.999,
         *       "training_steps": 1000,
         *       "learning_rate": 0.0001
         *     }
         */
        TrainModelV3AdvancedRequest: {
            /**
             * dataset_id
             * @description ID of the dataset to train the model from.
             * @example abc123
             */
            dataset_id: string;
            /**
             * model_name
             * @description Name for the trained model. Must be 5-30 characters, alphanumeric with spaces and hyphens allowed.
             * @example my-custom-model
             */
            model_name: string;
            /**
             * training_steps
             * @description Number of training steps. Must be between 100 and 10000 and a multiple of 100. Defaults to 1000.
             * @example 1000
             */
            training_steps?: number;
            /**
             * lora_rank
             * @description LoRA rank for model training. Must be one of 64 or 128. Defaults to 128. Higher rank increases model capacity at the cost of longer training and larger weights.
             * @example 64
             */
            lora_rank?: number;
            /**
             * ema
             * @description Exponential moving average decay rate for the model weights. Must be between 0 and 1 (exclusive). Typical values are 0.99-0.9999; higher values produce smoother weight averages but respond more slowly to training updates.
             * @example 0.999
             */
            ema?: number;
            /**
             * learning_rate
             * @description Learning rate for the optimizer. Must be greater than 0. Typical values for LoRA fine-tuning are 1e-5 to 1e-4; larger values train faster but risk instability.
             * @example 0.0001
             */
            learning_rate?: number;
        };
        /**
         * MagicPromptOption
         * @description Determine if MagicPrompt should be used in generating the request or not.
         * @example ON
         * @enum {string}
         */
        MagicPromptOption: "AUTO" | "ON" | "OFF";
        /** Description */
        Description: {
            /**
             * text
             * @description The generated description for the provided image.
             * @example A meticulously illustrated cat with striped patterns, sitting upright. The cat's eyes are a captivating shade of yellow, and it appears to be gazing intently at something. The background consists of abstract, swirling patterns in shades of black, white, and beige, creating an almost fluid or wavy appearance. The cat is positioned in the foreground, with the background elements fading into the distance, giving a sense of depth to the image.
             */
            text?: string;
        };
        /**
         * DescribeModelVersion
         * @description The model version to use for describing images. Defaults to V_3.
         * @default V_3
         * @enum {string}
         */
        DescribeModelVersion: "V_2" | "V_3" | "CUSTOM";
        /**
         * NumImages
         * @description The number of images to generate.
         * @default 1
         */
        NumImages: number;
        /**
         * Seed
         * @description Random seed. Set for reproducible generation.
         * @example 12345
         */
        Seed: number;
        /**
         * StyleType
         * @description The style type to generate with; this is only applicable for models V_2 and above and should not be specified for model versions V_1.
         * @example REALISTIC
         * @enum {string}
         */
        StyleType: "AUTO" | "GENERAL" | "FICTION" | "REALISTIC" | "DESIGN" | "RENDER_3D" | "ANIME" | "CUSTOM" | "STYLIZED";
        /**
         * ResolutionV3
         * @description The resolutions supported for Ideogram 3.0.
         * @example 1280x800
         * @enum {string}
         */
        ResolutionV3: "512x1536" | "576x1408" | "576x1472" | "576x1536" | "640x1344" | "640x1408" | "640x1472" | "640x1536" | "704x1152" | "704x1216" | "704x1280" | "704x1344" | "704x1408" | "704x1472" | "736x1312" | "768x1088" | "768x1216" | "768x1280" | "768x1344" | "800x1280" | "832x960" | "832x1024" | "832x1088" | "832x1152" | "832x1216" | "832x1248" | "864x1152" | "896x960" | "896x1024" | "896x1088" | "896x1120" | "896x1152" | "960x832" | "960x896" | "960x1024" | "960x1088" | "1024x832" | "1024x896" | "1024x960" | "1024x1024" | "1088x768" | "1088x832" | "1088x896" | "1088x960" | "1120x896" | "1152x704" | "1152x832" | "1152x864" | "1152x896" | "1216x704" | "1216x768" | "1216x832" | "1248x832" | "1280x704" | "1280x768" | "1280x800" | "1312x736" | "1344x640" | "1344x704" | "1344x768" | "1408x576" | "1408x640" | "1408x704" | "1472x576" | "1472x640" | "1472x704" | "1536x512" | "1536x576" | "1536x640";
        /**
         * AspectRatioV3
         * @description The aspect ratio to use for image generation, which determines the image's resolution. Cannot be used in conjunction with resolution. Defaults to 1x1.
         * @enum {string}
         */
        AspectRatioV3: "1x3" | "3x1" | "1x2" | "2x1" | "9x16" | "16x9" | "10x16" | "16x10" | "2x3" | "3x2" | "3x4" | "4x3" | "4x5" | "5x4" | "1x1";
        /**
         * RenderingSpeed
         * @description The rendering speed to use.
         * @default DEFAULT
         * @enum {string}
         */
        RenderingSpeed: "FLASH" | "TURBO" | "BALANCED" | "DEFAULT" | "QUALITY";
        /**
         * ColorPaletteWithPresetNameOrMembers
         * @description A color palette for generation, must EITHER be specified via one of the presets (name) or explicitly via hexadecimal representations of the color with optional weights (members). Not supported by V_1, V_1_TURBO, V_2A and V_2A_TURBO models.
         */
        ColorPaletteWithPresetNameOrMembers: components["schemas"]["ColorPaletteWithPresetName"] | components["schemas"]["ColorPaletteWithMembers"];
        /**
         * ColorPaletteWithPresetName
         * @example {
         *       "name": "PASTEL"
         *     }
         */
        ColorPaletteWithPresetName: {
            name: components["schemas"]["ColorPalettePresetName"];
        };
        /**
         * ColorPalettePresetName
         * @description A color palette preset value.
         * @example PASTEL
         * @enum {string}
         */
        ColorPalettePresetName: "EMBER" | "FRESH" | "JUNGLE" | "MAGIC" | "MELON" | "MOSAIC" | "PASTEL" | "ULTRAMARINE";
        /**
         * ColorPaletteWithMembers
         * @description A color palette represented only via its members. Cannot be used in conjunction with preset name.
         */
        ColorPaletteWithMembers: {
            /**
             * ColorPaletteMembers
             * @description A list of ColorPaletteMembers that define the color palette. Each color palette member
             *     consists of a required color hex and an optional weight between 0.05 and 1.0 (inclusive).
             *     It is recommended that these weights descend from highest to lowest for the color hexes provided.
             * @example [
             *       {
             *         "ColorPaletteMember": {
             *           "color_hex": "#b470b3",
             *           "color_weight": 0.49
             *         }
             *       },
             *       {
             *         "ColorPaletteMember": {
             *           "color_hex": "#7a79e3",
             *           "color_weight": 0.16
             *         }
             *       },
             *       {
             *         "ColorPaletteMember": {
             *           "color_hex": "#a26563",
             *           "color_weight": 0.1
             *         }
             *       },
             *       {
             *         "ColorPaletteMember": {
             *           "color_hex": "#5c7d76",
             *           "color_weight": 0.07
             *         }
             *       },
             *       {
             *         "ColorPaletteMember": {
             *           "color_hex": "#642a9c",
             *           "color_weight": 0.05
             *         }
             *       }
             *     ]
             */
            members: components["schemas"]["ColorPaletteMember"][];
        };
        /**
         * ColorPaletteMembers
         * @description A list of ColorPaletteMembers that define the color palette. Each color palette member
         *     consists of a required color hex and an optional weight between 0.05 and 1.0 (inclusive).
         *     It is recommended that these weights descend from highest to lowest for the color hexes provided.
         * @example [
         *       {
         *         "ColorPaletteMember": {
         *           "color_hex": "#b470b3",
         *           "color_weight": 0.49
         *         }
         *       },
         *       {
         *         "ColorPaletteMember": {
         *           "color_hex": "#7a79e3",
         *           "color_weight": 0.16
         *         }
         *       },
         *       {
         *         "ColorPaletteMember": {
         *           "color_hex": "#a26563",
         *           "color_weight": 0.1
         *         }
         *       },
         *       {
         *         "ColorPaletteMember": {
         *           "color_hex": "#5c7d76",
         *           "color_weight": 0.07
         *         }
         *       },
         *       {
         *         "ColorPaletteMember": {
         *           "color_hex": "#642a9c",
         *           "color_weight": 0.05
         *         }
         *       }
         *     ]
         */
        ColorPaletteMembers: components["schemas"]["ColorPaletteMember"][];
        /**
         * ColorPaletteMember
         * @description A member of a color palette.
         */
        ColorPaletteMember: {
            /**
             * color_hex
             * @description The hexadecimal representation of the color with an optional chosen weight.
             * @example #FFFFFF
             */
            color_hex: string;
            /**
             * color_weight
             * @description The weight of the color in the color palette.
             * @example 0.25
             */
            color_weight?: number;
        };
        /**
         * @description A list of 8 character hexadecimal codes representing the style of the image. Cannot be used in conjunction with style_reference_images or style_type.
         * @example [
         *       "AAFF5733",
         *       "0133FF57",
         *       "DE3357FF"
         *     ]
         */
        StyleCodes: components["schemas"]["StyleCode"][];
        /**
         * @description The 8 character hexadecimal representation of the style code.
         * @example ABCD1234
         */
        StyleCode: string;
        /**
         * StyleTypeV3
         * @description The style type to generate with.
         * @default GENERAL
         * @example GENERAL
         * @enum {string}
         */
        StyleTypeV3: "AUTO" | "GENERAL" | "REALISTIC" | "DESIGN" | "CUSTOM" | "FICTION" | "STYLIZED";
        /**
         * StylePresetV3
         * @description A predefined style preset that applies a specific artistic style to the generated image.
         * @example BRIGHT_ART
         * @enum {string}
         */
        StylePresetV3: "80S_ILLUSTRATION" | "90S_NOSTALGIA" | "ABSTRACT_ORGANIC" | "ANALOG_NOSTALGIA" | "ART_BRUT" | "ART_DECO" | "ART_POSTER" | "AURA" | "AVANT_GARDE" | "BAUHAUS" | "BLUEPRINT" | "BLURRY_MOTION" | "BRIGHT_ART" | "C4D_CARTOON" | "CHILDRENS_BOOK" | "COLLAGE" | "COLORING_BOOK_I" | "COLORING_BOOK_II" | "CUBISM" | "DARK_AURA" | "DOODLE" | "DOUBLE_EXPOSURE" | "DRAMATIC_CINEMA" | "EDITORIAL" | "EMOTIONAL_MINIMAL" | "ETHEREAL_PARTY" | "EXPIRED_FILM" | "FLAT_ART" | "FLAT_VECTOR" | "FOREST_REVERIE" | "GEO_MINIMALIST" | "GLASS_PRISM" | "GOLDEN_HOUR" | "GRAFFITI_I" | "GRAFFITI_II" | "HALFTONE_PRINT" | "HIGH_CONTRAST" | "HIPPIE_ERA" | "ICONIC" | "JAPANDI_FUSION" | "JAZZY" | "LONG_EXPOSURE" | "MAGAZINE_EDITORIAL" | "MINIMAL_ILLUSTRATION" | "MIXED_MEDIA" | "MONOCHROME" | "NIGHTLIFE" | "OIL_PAINTING" | "OLD_CARTOONS" | "PAINT_GESTURE" | "POP_ART" | "RETRO_ETCHING" | "RIVIERA_POP" | "SPOTLIGHT_80S" | "STYLIZED_RED" | "SURREAL_COLLAGE" | "TRAVEL_POSTER" | "VINTAGE_GEO" | "VINTAGE_POSTER" | "WATERCOLOR" | "WEIRD" | "WOODBLOCK_PRINT";
        /**
         * UpscaleFactor
         * @description Upscale the initially generated image by the given factor. Upscale factors other than X1 will incur additional cost.
         * @default X1
         * @example X2
         * @enum {string}
         */
        UpscaleFactor: "X1" | "X2" | "X4";
        /**
         * Resolution
         * @description (For model_version for 2.0 only, cannot be used in conjunction with aspect_ratio) The resolution to use for image generation, represented in width x height. If not specified, defaults to using aspect_ratio.
         * @example RESOLUTION_1024_1024
         * @enum {string}
         */
        Resolution: "RESOLUTION_512_1536" | "RESOLUTION_576_1408" | "RESOLUTION_576_1472" | "RESOLUTION_576_1536" | "RESOLUTION_640_1024" | "RESOLUTION_640_1344" | "RESOLUTION_640_1408" | "RESOLUTION_640_1472" | "RESOLUTION_640_1536" | "RESOLUTION_704_1152" | "RESOLUTION_704_1216" | "RESOLUTION_704_1280" | "RESOLUTION_704_1344" | "RESOLUTION_704_1408" | "RESOLUTION_704_1472" | "RESOLUTION_720_1280" | "RESOLUTION_736_1312" | "RESOLUTION_768_1024" | "RESOLUTION_768_1088" | "RESOLUTION_768_1152" | "RESOLUTION_768_1216" | "RESOLUTION_768_1232" | "RESOLUTION_768_1280" | "RESOLUTION_768_1344" | "RESOLUTION_832_960" | "RESOLUTION_832_1024" | "RESOLUTION_832_1088" | "RESOLUTION_832_1152" | "RESOLUTION_832_1216" | "RESOLUTION_832_1248" | "RESOLUTION_864_1152" | "RESOLUTION_896_960" | "RESOLUTION_896_1024" | "RESOLUTION_896_1088" | "RESOLUTION_896_1120" | "RESOLUTION_896_1152" | "RESOLUTION_960_832" | "RESOLUTION_960_896" | "RESOLUTION_960_1024" | "RESOLUTION_960_1088" | "RESOLUTION_1024_640" | "RESOLUTION_1024_768" | "RESOLUTION_1024_832" | "RESOLUTION_1024_896" | "RESOLUTION_1024_960" | "RESOLUTION_1024_1024" | "RESOLUTION_1088_768" | "RESOLUTION_1088_832" | "RESOLUTION_1088_896" | "RESOLUTION_1088_960" | "RESOLUTION_1120_896" | "RESOLUTION_1152_704" | "RESOLUTION_1152_768" | "RESOLUTION_1152_832" | "RESOLUTION_1152_864" | "RESOLUTION_1152_896" | "RESOLUTION_1216_704" | "RESOLUTION_1216_768" | "RESOLUTION_1216_832" | "RESOLUTION_1232_768" | "RESOLUTION_1248_832" | "RESOLUTION_1280_704" | "RESOLUTION_1280_720" | "RESOLUTION_1280_768" | "RESOLUTION_1280_800" | "RESOLUTION_1312_736" | "RESOLUTION_1344_640" | "RESOLUTION_1344_704" | "RESOLUTION_1344_768" | "RESOLUTION_1408_576" | "RESOLUTION_1408_640" | "RESOLUTION_1408_704" | "RESOLUTION_1472_576" | "RESOLUTION_1472_640" | "RESOLUTION_1472_704" | "RESOLUTION_1536_512" | "RESOLUTION_1536_576" | "RESOLUTION_1536_640";
        /**
         * AspectRatio
         * @description (Cannot be used in conjunction with resolution) The aspect ratio to use for image generation, which determines the image's resolution. Defaults to ASPECT_1_1.
         * @example ASPECT_10_16
         * @enum {string}
         */
        AspectRatio: "ASPECT_10_16" | "ASPECT_16_10" | "ASPECT_9_16" | "ASPECT_16_9" | "ASPECT_3_2" | "ASPECT_2_3" | "ASPECT_4_3" | "ASPECT_3_4" | "ASPECT_1_1" | "ASPECT_1_3" | "ASPECT_3_1";
        /**
         * FreeformResolution
         * @description Output resolution, only used if operations alters image dimensions, such as upscale, crop etc.
         * @example 4096x4096
         */
        FreeformResolution: string;
        /**
         * ResolutionV4
         * @description The resolutions supported for Ideogram 4.0.
         * @example 1280x800
         * @enum {string}
         */
        ResolutionV4: "512x512" | "512x1536" | "576x1408" | "576x1472" | "576x1536" | "640x1344" | "640x1408" | "640x1472" | "640x1536" | "704x1152" | "704x1216" | "704x1280" | "704x1344" | "704x1408" | "704x1472" | "736x1312" | "768x1088" | "768x1216" | "768x1280" | "768x1344" | "800x1280" | "832x960" | "832x1024" | "832x1088" | "832x1152" | "832x1216" | "832x1248" | "864x1152" | "896x960" | "896x1024" | "896x1088" | "896x1120" | "896x1152" | "960x832" | "960x896" | "960x1024" | "960x1088" | "1024x832" | "1024x896" | "1024x960" | "1024x1024" | "1088x768" | "1088x832" | "1088x896" | "1088x960" | "1120x896" | "1152x704" | "1152x832" | "1152x864" | "1152x896" | "1216x704" | "1216x768" | "1216x832" | "1248x832" | "1280x704" | "1280x768" | "1280x800" | "1312x736" | "1344x640" | "1344x704" | "1344x768" | "1408x576" | "1408x640" | "1408x704" | "1472x576" | "1472x640" | "1472x704" | "1536x512" | "1536x576" | "1536x640";
        /**
         * Price
         * @description Represents a price.
         * @example {
         *       "amount": 1050,
         *       "currency_code": "USD"
         *     }
         */
        Price: {
            /**
             * currency_code
             * @description The ISO 4217 currency code for the price object.
             * @example USD
             */
            currency_code: string;
            /**
             * amount
             * @description The amount of the currency in the common denomination. For example, in USD this is cents.
             * @example 1050
             */
            amount: number;
        };
        /**
         * AssetIdentifier
         * @description An identifier for an ideogram asset.
         * @example {
         *       "asset_type": "RESPONSE",
         *       "asset_id": "7uS_VESkRI6O3-sVgHQp_A"
         *     }
         */
        AssetIdentifier: {
            asset_type: components["schemas"]["AssetType"];
            asset_id: string;
        };
        /**
         * AssetType
         * @enum {string}
         */
        AssetType: "ASSET" | "CANVAS_ASSET" | "LAYERED_ASSET" | "RESPONSE" | "UPLOAD";
        /**
         * postInternalTesting_200_response
         * @example {
         *       "response_content": "response_content"
         *     }
         */
        PostInternalTesting200Response: {
            /** response_content */
            response_content?: string;
        };
        /**
         * InternalBatchResultsResponse_results_inner
         * @example {
         *       "image_url": "image_url",
         *       "prompt": "a cat"
         *     }
         */
        InternalBatchResultsResponseResultsInner: {
            /**
             * prompt
             * @description The prompt used for generation.
             * @example a cat
             */
            prompt: string;
            /**
             * image_url
             * @description The URL of the generated image.
             */
            image_url: string;
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
    list_datasets: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Datasets retrieved successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListDatasetsResponse"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    create_dataset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Request to create a new dataset */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateDatasetRequest"];
            };
        };
        responses: {
            /** @description Dataset created successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Dataset"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    get_dataset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                dataset_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Dataset retrieved successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetDatasetResponse"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dataset not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    train_dataset_model: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                dataset_id: string;
            };
            cookie?: never;
        };
        /** @description Training configuration */
        requestBody: {
            content: {
                "application/json": components["schemas"]["TrainDatasetModelRequest"];
            };
        };
        responses: {
            /** @description Training started successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrainDatasetModelResponse"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dataset not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    upload_dataset_assets: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                dataset_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["UploadDatasetAssetsRequest"];
            };
        };
        responses: {
            /** @description Upload summary */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UploadDatasetAssetsResponse"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dataset not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    post_describe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["DescribeRequest"];
            };
        };
        responses: {
            /** @description Description(s) created successfully. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DescribeResponse"];
                };
            };
            /** @description Invalid input provided. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Image failed the safety check. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImageSafetyError"];
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    post_edit_image: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A request to edit an image with Ideogram. */
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["EditImageRequest"];
            };
        };
        responses: {
            /** @description Image edits generated successfully. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GenerateImageResponse"];
                };
            };
            /** @description Invalid input provided. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not authorized to generate an image. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Prompt or Initial Image failed the safety checks. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GenerateImageSafetyError"];
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    post_generate_image: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A request to generate an image with Ideogram. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["GenerateImageRequest"];
            };
        };
        responses: {
            /** @description Image(s) generated successfully. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GenerateImageResponse"];
                };
            };
            /** @description Invalid input provided. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not authorized to generate an image. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Prompt failed the safety check. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GenerateImageSafetyError"];
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    post_internal_testing: {
        parameters: {
            query?: never;
            header?: {
                /** @description Test header */
                "X-Test-Header"?: string;
                /** @description Test header */
                "X-Test-Header-2"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description A request for testing. */
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["InternalTestingRequest"];
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PostInternalTesting200Response"];
                };
            };
        };
    };
    post_batch: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A request for batch magic prompt evalution. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["InternalBatchRequest"];
            };
        };
        responses: {
            /** @description Batch magic prompt evalution completed successfully. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InternalBatchResponse"];
                };
            };
            /** @description Invalid input provided. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not authorized for batch magic prompt evalution. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Internal server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    get_maybe_batch_results: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the batch job to check results for */
                job_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Batch magic prompt job results if available. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InternalBatchResultsResponse"];
                };
            };
            /** @description Invalid input provided. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not authorized for batch magic prompt job results request. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Internal server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    post_magic_prompt: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A request to generate a magic prompt */
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["MagicPromptRequest"];
                "application/json": components["schemas"]["MagicPromptRequest"];
            };
        };
        responses: {
            /** @description Magic prompt generated successfully. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MagicPromptResponse"];
                };
            };
            /** @description Invalid input provided. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not authorized to generate magic prompts. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Internal server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    post_add_credits_for_api: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A request to add credits to an API user's account. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["PostAddCreditsRequest"];
            };
        };
        responses: {
            /** @description API subscription content */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PostAddCreditsResponse"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PostAddCreditsError"];
                };
            };
            /** @description Not authorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    get_api_keys: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description API keys the user currently manages */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetApiKeysResponse"];
                };
            };
            /** @description Not authorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    create_api_key: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The newly created API key */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PostApiKeyResponse"];
                };
            };
            /** @description Not authorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Payment is required; did you create a subscription? */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    delete_single_api_key: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ID of API key to operate on. Expected to be a URL safe Base64 encoded UUID.
                 * @example d7abd0cd4ae94db78676e986a4ebd8dc
                 */
                api_key_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Something went wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not authorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    create_api_key_v2: {
        parameters: {
            query: {
                /** @description Base64 encoded organization ID to create the API key for */
                organization_id: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description API key created successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateApiKeyResponse"];
                };
            };
            /** @description Not authorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Payment is required before creating an API key. */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    get_user_credits: {
        parameters: {
            query: {
                /** @description Base64 encoded organization ID to filter credit information for a specific organization */
                organization_id: string;
                /** @description Start time to look back for calculating average daily spend and other metrics */
                start_time: string;
                /** @description Inclusive end time to look back for calculating average daily spend and other metrics. If not provided, the current time will be used. */
                end_time?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description User credit information retrieved successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetUserCreditsResponse"];
                };
            };
            /** @description Not authorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    add_organization_members: {
        parameters: {
            query: {
                /** @description Base64 encoded organization ID to add members to */
                organization_id: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A request to add members to an organization. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddOrganizationMembersRequest"];
            };
        };
        responses: {
            /** @description Results of adding members to the organization */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationMemberOperationResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not authorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not authorized - must be an organization owner */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Organization not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    get_api_keys_v2: {
        parameters: {
            query: {
                /** @description Base64 encoded organization ID to retrieve API keys for */
                organization_id: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description API keys retrieved successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetApiKeysV2Response"];
                };
            };
            /** @description Not authorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Organization not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    deactivate_organization_api_key: {
        parameters: {
            query: {
                /** @description Base64 encoded API key ID to deactivate */
                api_key_id: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success; no content. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not authorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not authorized - must be an organization owner */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description API key not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    list_organization_invoices: {
        parameters: {
            query: {
                /** @description Base64 encoded organization ID to retrieve invoices for */
                organization_id: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Invoices retrieved successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "invoices": [
                     *         {
                     *           "start_time": "2024-01-01T00:00:00+00:00",
                     *           "end_time": "2024-01-31T23:59:59+00:00",
                     *           "total_spend": {
                     *             "currency_code": "USD",
                     *             "amount": 15000
                     *           },
                     *           "status": "PAID",
                     *           "issued_time": "2024-02-01T00:00:00+00:00",
                     *           "invoice_paid_date": "2024-02-05T10:30:00+00:00",
                     *           "line_items": [
                     *             {
                     *               "charge_name": "Image Generation - V3",
                     *               "quantity": 1000,
                     *               "unit_price": {
                     *                 "currency_code": "USD",
                     *                 "amount": 10
                     *               },
                     *               "total": {
                     *                 "currency_code": "USD",
                     *                 "amount": 10000
                     *               }
                     *             },
                     *             {
                     *               "charge_name": "Upscale Image - V1",
                     *               "quantity": 500,
                     *               "unit_price": {
                     *                 "currency_code": "USD",
                     *                 "amount": 10
                     *               },
                     *               "total": {
                     *                 "currency_code": "USD",
                     *                 "amount": 5000
                     *               }
                     *             }
                     *           ]
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ListOrganizationInvoicesResponse"];
                };
            };
            /** @description Not authorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Organization not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    get_organization_members: {
        parameters: {
            query: {
                /** @description Base64 encoded organization ID to retrieve members for */
                organization_id: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Organization members retrieved successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetOrganizationMembersResponse"];
                };
            };
            /** @description Not authorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Organization not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    promote_organization_members: {
        parameters: {
            query: {
                /** @description Base64 encoded organization ID to promote members in */
                organization_id: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A request to promote members to OWNER role in an organization. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["PromoteOrganizationMembersRequest"];
            };
        };
        responses: {
            /** @description Results of promoting members in the organization */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationMemberOperationResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not authorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not authorized - must be an organization owner */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Organization not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    remove_organization_members: {
        parameters: {
            query: {
                /** @description Base64 encoded organization ID to remove members from */
                organization_id: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A request to remove members from an organization. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["RemoveOrganizationMembersRequest"];
            };
        };
        responses: {
            /** @description Results of removing members from the organization */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationMemberOperationResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not authorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not authorized - must be an organization owner */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Organization not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    get_api_organization_user_suggestions: {
        parameters: {
            query: {
                /** @description Base64 encoded organization ID to get user suggestions for */
                organization_id: string;
                /**
                 * @description The prefix of the user handle to search for
                 * @example sar
                 */
                user_handle_prefix?: string;
                /** @description The maximum number of items to return */
                maxItems?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A list of the top responses in alphabetical order by user handle + whether the user has joined the current organization already. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetApiOrganizationUserSuggestionsResponse"];
                };
            };
            /** @description Not authorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Organization not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    get_api_profiles: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description User API profiles retrieved successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetApiProfilesResponse"];
                };
            };
            /** @description Not authorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    reactivate_subscription: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description API subscription content */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PostApiReactivateResponse"];
                };
            };
            /** @description Not authorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Payment is required; is your payment method setup? */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description User does not have a subscription to reactivate. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    get_user_spend_commit_info: {
        parameters: {
            query: {
                /** @description Base64 encoded organization ID to filter spend commit information for a specific organization */
                organization_id: string;
                /** @description Whether to only return postpaid commits. Defaults to true. */
                postpaid_only?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description User spend commit information retrieved successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "commits": [
                     *         {
                     *           "commit_spend_balance": {
                     *             "currency_code": "USD",
                     *             "amount": 7500
                     *           },
                     *           "commit_amount": {
                     *             "currency_code": "USD",
                     *             "amount": 10000
                     *           },
                     *           "commit_start_time": "2025-01-01T00:00:00+00:00",
                     *           "commit_end_time": "2025-12-31T23:59:59+00:00"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["SpendCommitInfoResponse"];
                };
            };
            /** @description Not authorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    get_api_stripe_subscription: {
        parameters: {
            query?: {
                /** @description Whether the subscription is intended to be used for business or personal use. */
                isBusiness?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description API subscription content related to connecting to Stripe */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ManageApiStripeSubscriptionResponse"];
                };
            };
            /** @description Not authorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    get_api_subscription: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description API subscription content */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ManageApiSubscriptionResponse"];
                };
            };
            /** @description Not authorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    post_api_subscription: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A request to update the API subscription properties. This should only be called after terms have been accepted. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["PostApiSubscriptionRequest"];
            };
        };
        responses: {
            /** @description API subscription content */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PostApiSubscriptionResponse"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PostApiSubscriptionError"];
                };
            };
            /** @description Not authorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    get_api_terms: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Retrieves the latest API terms */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetApiTermsResponse"];
                };
            };
            /** @description Not authorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    post_api_terms: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A request to accept the API terms. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["PostApiTermsRequest"];
            };
        };
        responses: {
            /** @description Success; no content. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not authorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    get_usage_info: {
        parameters: {
            query: {
                /** @description Base64 encoded organization ID to filter usage information for a specific organization */
                organization_id: string;
                /** @description Time segment granularity for usage breakdown */
                segment_by: components["schemas"]["SegmentBy"];
                /** @description Start time for usage information */
                start_time: string;
                /** @description Inclusive end time for usage information. If not provided, the current time will be used. */
                end_time?: string;
                /** @description Filter usage information by specific model versions */
                model_versions?: components["schemas"]["ModelVersion"][];
                /** @description Filter usage information by specific tool types */
                tools?: components["schemas"]["ToolType"][];
                /** @description Filter usage information by specific API key IDs */
                api_key_ids?: string[];
                /** @description Filter usage information by specific user email addresses (for web app usage) */
                user_emails?: string[];
                /** @description Filter usage by source - API for programmatic API usage, APP for web application usage. Defaults to API. */
                source?: components["schemas"]["UsageSource"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Usage information retrieved successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "usage_segments": [
                     *         {
                     *           "segment_start": "2023-08-09T00:00:00+00:00",
                     *           "segment_end": "2023-08-09T23:59:59+00:00",
                     *           "tool_usage": [
                     *             {
                     *               "full_tool_name": "Turbo Image Generation V3",
                     *               "amount": {
                     *                 "currency_code": "USD",
                     *                 "amount": 1250
                     *               }
                     *             },
                     *             {
                     *               "full_tool_name": "Upscale Image V1",
                     *               "amount": {
                     *                 "currency_code": "USD",
                     *                 "amount": 750
                     *               }
                     *             },
                     *             {
                     *               "full_tool_name": "Balanced Edit Image V2",
                     *               "amount": {
                     *                 "currency_code": "USD",
                     *                 "amount": 500
                     *               }
                     *             }
                     *           ]
                     *         },
                     *         {
                     *           "segment_start": "2023-08-10T00:00:00+00:00",
                     *           "segment_end": "2023-08-10T23:59:59+00:00",
                     *           "tool_usage": [
                     *             {
                     *               "full_tool_name": "generate",
                     *               "amount": {
                     *                 "currency_code": "USD",
                     *                 "amount": 2000
                     *               }
                     *             }
                     *           ]
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["GetUsageInfoResponse"];
                };
            };
            /** @description Not authorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not authorized */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    list_custom_models: {
        parameters: {
            query?: {
                /** @description Controls which models are returned. Omit to return both owned and shared models combined. `owned` returns only models created by the authenticated user. `shared` returns only models shared with the user's organization via the model registry. */
                scope?: "owned" | "shared";
                /** @description Filter by model status. Applied to owned models only; shared models in the model registry are already filtered to available versions. Example: `?status=TRAINING&status=COMPLETED` */
                status?: components["schemas"]["ModelStatus"][];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Models retrieved successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListModelsResponse"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    get_custom_model: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                model_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Model retrieved successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetModelResponse"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Model not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    post_reframe_image: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A request to reframe an image in a new resolution. */
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["ReframeImageRequest"];
            };
        };
        responses: {
            /** @description Image re-frames generated successfully. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GenerateImageResponse"];
                };
            };
            /** @description Invalid input provided. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not authorized to generate an image. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Prompt or Image failed the safety checks. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GenerateImageSafetyError"];
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    post_remix_image: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A request to remix a provided image with Ideogram. Input images are cropped to the chosen aspect ratio before being remixed. */
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["RemixImageRequest"];
            };
        };
        responses: {
            /** @description Image(s) generated successfully. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GenerateImageResponse"];
                };
            };
            /** @description Invalid input provided. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not authorized to generate an image. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Prompt or provided image failed safety check. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GenerateImageSafetyError"];
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    post_upscale_image: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A request to upscale a provided image with Ideogram. */
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["UpscaleImageRequest"];
            };
        };
        responses: {
            /** @description Image(s) generated successfully. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GenerateImageResponse"];
                };
            };
            /** @description Invalid input provided. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not authorized to generate an image. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Prompt or provided image failed safety check. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GenerateImageSafetyError"];
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    post_v1_edit_image: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A request to edit images. */
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["V1EditImagesRequest"];
            };
        };
        responses: {
            /** @description Image edits generated successfully. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["V1EditImagesResponse"];
                };
            };
            /** @description Invalid input provided. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not authorized to generate an image. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Insufficient credits or quota. */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Prompt or provided image failed safety checks. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GenerateImageSafetyError"];
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Image generation service temporarily unavailable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    post_edit_image_v3: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A request to edit an image with Ideogram 3.0. */
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["EditImageRequestV3"];
            };
        };
        responses: {
            /** @description Image edits generated successfully. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImageGenerationResponseV3"];
                };
            };
            /** @description Invalid input provided. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not authorized to generate an image. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Prompt or Initial Image failed the safety checks. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GenerateImageSafetyError"];
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    post_generate_image_v3: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A request to generate an image with Ideogram 3.0. */
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["GenerateImageRequestV3"];
                "application/json": components["schemas"]["GenerateImageRequestV3"];
            };
        };
        responses: {
            /** @description Image(s) generated successfully. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImageGenerationResponseV3"];
                };
            };
            /** @description Invalid input provided. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not authorized to generate an image. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Prompt failed the safety check. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GenerateImageSafetyError"];
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    post_generate_design_v3: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A request to generate a design with Ideogram 3.0. */
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["GenerateDesignRequestV3"];
                "application/json": components["schemas"]["GenerateDesignRequestV3"];
            };
        };
        responses: {
            /** @description Design(s) generated successfully with text correction. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LayeredImageGenerationResponseV3"];
                };
            };
            /** @description Invalid input provided. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not authorized to generate an image. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Prompt failed the safety check. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GenerateImageSafetyError"];
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    post_generate_image_v3_transparent: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A request to generate an image with transparent background using Ideogram 3.0, with optional upscaling. */
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["GenerateTransparentImageRequestV3"];
                "application/json": components["schemas"]["GenerateTransparentImageRequestV3"];
            };
        };
        responses: {
            /** @description Image(s) generated successfully. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImageGenerationResponseV3"];
                };
            };
            /** @description Invalid input provided. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not authorized to generate an image. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Prompt failed the safety check. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GenerateImageSafetyError"];
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    post_generate_graphic_v3: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A request to generate a graphic with Ideogram 3.0. */
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["GenerateGraphicRequestV3"];
                "application/json": components["schemas"]["GenerateGraphicRequestV3"];
            };
        };
        responses: {
            /** @description Graphic(s) generated successfully with text correction. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LayeredImageGenerationResponseV3"];
                };
            };
            /** @description Invalid input provided. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not authorized to generate an image. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Prompt failed the safety check. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GenerateImageSafetyError"];
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    post_inpaint_image_v3: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A request to inpaint an image with Ideogram 3.0. */
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["EditImageRequestV3"];
            };
        };
        responses: {
            /** @description Image edits generated successfully. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImageGenerationResponseV3"];
                };
            };
            /** @description Invalid input provided. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not authorized to generate an image. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Prompt or Initial Image failed the safety checks. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GenerateImageSafetyError"];
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    post_layerize_design_v3: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A request to layerize an existing flat graphic image. */
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["LayerizeDesignRequestV3"];
            };
        };
        responses: {
            /** @description Design layerized successfully with text correction. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LayeredImageGenerationResponseV3"];
                };
            };
            /** @description Invalid input provided. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not authorized to generate an image. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    post_layerize_text_v3: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A request to detect and extract text layers from an image. */
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["LayerizeTextRequest"];
            };
        };
        responses: {
            /** @description Text layers detected and extracted successfully. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LayerizeTextResponse"];
                };
            };
            /** @description Invalid input provided. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not authorized. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    post_reframe_image_v3: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A request to reframe an image in a new resolution. */
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["ReframeImageRequestV3"];
            };
        };
        responses: {
            /** @description Image re-frames generated successfully. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImageGenerationResponseV3"];
                };
            };
            /** @description Invalid input provided. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not authorized to generate an image. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Prompt or Image failed the safety checks. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GenerateImageSafetyError"];
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    post_remix_image_v3: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A request to remix an image with Ideogram 3.0. */
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["RemixImageRequestV3"];
            };
        };
        responses: {
            /** @description Image(s) generated successfully. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImageGenerationResponseV3"];
                };
            };
            /** @description Invalid input provided. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not authorized to generate an image. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Prompt or provided image failed safety check. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GenerateImageSafetyError"];
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    post_replace_background_v3: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A request to replace the background of an image with Ideogram 3.0. */
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["ReplaceBackgroundRequestV3"];
            };
        };
        responses: {
            /** @description Background replacement generated successfully. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImageGenerationResponseV3"];
                };
            };
            /** @description Invalid input provided. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not authorized to generate an image. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Prompt or Initial Image failed the safety checks. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GenerateImageSafetyError"];
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    train_model_v3: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Training configuration */
        requestBody: {
            content: {
                "application/json": components["schemas"]["TrainModelV3Request"];
            };
        };
        responses: {
            /** @description Training started successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrainDatasetModelResponse"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dataset not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    train_model_v3_advanced: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Advanced training configuration */
        requestBody: {
            content: {
                "application/json": components["schemas"]["TrainModelV3AdvancedRequest"];
            };
        };
        responses: {
            /** @description Training started successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrainDatasetModelResponse"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Dataset not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    post_try_on_v3: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A request to perform virtual try-on with Ideogram 3.0. */
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["TryOnRequestV3"];
            };
        };
        responses: {
            /** @description Try-on completed successfully. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImageGenerationResponseV3"];
                };
            };
            /** @description Invalid input provided. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not authorized to generate an image. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Prompt or provided image failed safety check, or clothing segmentation failed. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GenerateImageSafetyError"];
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    post_generate_image_v4: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A request to generate an image with Ideogram 4.0. */
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["GenerateImageRequestV4"];
                "application/json": components["schemas"]["GenerateImageRequestV4"];
            };
        };
        responses: {
            /** @description Image(s) generated successfully. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImageGenerationResponseV4"];
                };
            };
            /** @description Invalid input provided. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not authorized. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Prompt failed the safety check. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GenerateImageSafetyError"];
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
