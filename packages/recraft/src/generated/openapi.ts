export interface paths {
    "/ping": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["GetPing"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get System Status */
        get: operations["GetSystemStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/colors/optimize": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Optimize colors */
        post: operations["OptimizeColors"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/images/clarityUpscale": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Clarity Upscale
         * @deprecated
         */
        post: operations["ClarityUpscale"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/images/creativeUpscale": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Creative Upscale */
        post: operations["CreativeUpscale"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/images/crispUpscale": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Crisp Upscale */
        post: operations["CrispUpscale"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/images/eraseRegion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Erase Region */
        post: operations["EraseRegion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/images/explore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Exploration */
        post: operations["Explore"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/images/explore/similar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Continue exploration from a source image */
        post: operations["ExploreSimilar"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/images/generateBackground": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Generate Background */
        post: operations["GenerateBackground"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/images/generations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Generate image from prompt */
        post: operations["GenerateImage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/images/generations/raster": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Generate raster image from prompt */
        post: operations["GenerateImageRaster"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/images/generations/vector": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Generate vector image from prompt */
        post: operations["GenerateImageVector"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/images/generativeUpscale": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generative Upscale
         * @deprecated
         */
        post: operations["GenerativeUpscale"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/images/imageToImage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Generate image from image and prompt */
        post: operations["ImageToImage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/images/inpaint": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Inpaint Image */
        post: operations["InpaintImage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/images/outpaint": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Outpaint Image */
        post: operations["OutpaintImage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/images/removeBackground": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Remove background */
        post: operations["RemoveBackground"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/images/replaceBackground": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Replace Background */
        post: operations["ReplaceBackground"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/images/variateImage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Variate Image */
        post: operations["VariateImage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/images/vectorize": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Vectorize image */
        post: operations["VectorizeImage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/models": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List Models (OpenRouter provider integration) */
        get: operations["ListModels"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/prompts/enhance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Enhance a prompt using an LLM */
        post: operations["EnhancePrompt"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/styles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List Styles */
        get: operations["ListStyles"];
        put?: never;
        /** Create Style */
        post: operations["CreateStyle"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/styles/basic": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List Basic Styles */
        get: operations["ListBasicStyles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/styles/{style_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Style */
        get: operations["GetStyle"];
        put?: never;
        post?: never;
        /** Delete Style */
        delete: operations["DeleteStyle"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get current user info */
        get: operations["GetCurrentUser"];
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
        BasicStyle: {
            model: components["schemas"]["TransformModel"];
            style: string;
            /** Format: uuid */
            style_id: string;
        };
        /** @enum {string} */
        BillingType: "api" | "subscription";
        ColorHexAndWeight: {
            hex: string;
            weight?: number;
        };
        ColorMapping: {
            from: string;
            to: string;
        };
        /** @enum {string} */
        ColorReduction: "on" | "off";
        CreateStyleJSONRequest: components["schemas"]["CreateStyleRequestBase"] & {
            /** @description URLs or data URLs of the input images. */
            image_urls: string[];
        };
        CreateStyleRequest: components["schemas"]["CreateStyleRequestBase"] & {
            images: Blob[];
        };
        CreateStyleRequestBase: {
            image_weights?: number[];
            match?: components["schemas"]["StyleMatch"];
            mix_policy?: components["schemas"]["MixPolicy"];
            model?: components["schemas"]["TransformModel"];
            palette?: components["schemas"]["PaletteSuggest"];
            private?: boolean;
            prompt?: string;
            source_style_weights?: number[];
            source_styles?: string[];
            style?: components["schemas"]["ImageStyle"];
        };
        CreateStyleResponse: components["schemas"]["Style"] & {
            credits: number;
        };
        /** @enum {string} */
        Creativity: "simple" | "standard" | "eccentric";
        EnhancePromptRequest: {
            prompt: string;
        };
        EnhancePromptResponse: {
            credits: number;
            enhanced_prompt: string;
        };
        EraseRegionJSONRequest: components["schemas"]["EraseRegionRequestBase"] & {
            /** @description URL or data URL of the input image. */
            image_url: string;
            /** @description URL or data URL of the mask image. */
            mask_url: string;
        };
        EraseRegionRequest: components["schemas"]["EraseRegionRequestBase"] & {
            /** Format: binary */
            image?: Blob;
            /** Format: binary */
            mask?: Blob;
        };
        EraseRegionRequestBase: {
            expire?: boolean;
            image_format?: components["schemas"]["ImageFormat"];
            response_format?: components["schemas"]["ResponseFormat"];
        };
        ExploreRequest: {
            block_nsfw?: boolean;
            controls?: components["schemas"]["UserControls"];
            expire?: boolean;
            image_format?: components["schemas"]["ImageFormat"];
            model?: components["schemas"]["TransformModel"];
            prompt: string;
            response_format?: components["schemas"]["ResponseFormat"];
            size?: components["schemas"]["ImageSize"];
        };
        ExploreSimilarRequest: {
            block_nsfw?: boolean;
            expire?: boolean;
            image_format?: components["schemas"]["ImageFormat"];
            response_format?: components["schemas"]["ResponseFormat"];
            similarity: number;
            /** Format: uuid */
            source_image_id: string;
        };
        GenerateImageJSONRequest: components["schemas"]["GenerateImageRequestBase"] & {
            /** @description URLs or data URLs of style reference images. When provided, a style is created from these images and applied to the generation. */
            style_reference_urls?: string[];
        };
        GenerateImageRequest: components["schemas"]["GenerateImageRequestBase"] & {
            /** @description Style reference images. When provided, a style is created from these images and applied to the generation. */
            style_references?: Blob[];
        };
        GenerateImageRequestBase: {
            block_nsfw?: boolean;
            calculate_features?: boolean;
            controls?: components["schemas"]["UserControls"];
            creativity?: components["schemas"]["Creativity"];
            expire?: boolean;
            image_format?: components["schemas"]["ImageFormat"];
            model?: components["schemas"]["TransformModel"];
            n?: number;
            negative_prompt?: string;
            prompt: string;
            /** Format: uint32 */
            random_seed?: number;
            response_format?: components["schemas"]["ResponseFormat"];
            size?: components["schemas"]["ImageSize"];
            style?: string;
            /** Format: uuid */
            style_id?: string;
            style_match?: components["schemas"]["StyleMatch"];
            substyle?: components["schemas"]["ImageSubStyle"];
            text_layout?: components["schemas"]["TextLayout"];
            upscale?: components["schemas"]["UpscaleMode"];
        };
        GenerateImageResponse: {
            created: number;
            credits: number;
            data: components["schemas"]["Image"][];
            /** Format: uuid */
            style_id?: string;
        };
        Image: {
            b64_json?: string;
            features?: components["schemas"]["ImageFeatures"];
            /** Format: uuid */
            image_id: string;
            revised_prompt?: string;
            url?: string;
        };
        ImageColor: {
            rgb?: number[];
            std?: number[];
            weight?: number;
        };
        ImageFeatures: {
            nsfw_score?: number;
        };
        /** @enum {string} */
        ImageFormat: "webp" | "png";
        /** @enum {string} */
        ImageSize: "1024x1024" | "1365x1024" | "1024x1365" | "1536x1024" | "1024x1536" | "1820x1024" | "1024x1820" | "1024x2048" | "2048x1024" | "1434x1024" | "1024x1434" | "1024x1280" | "1280x1024" | "1024x1707" | "1707x1024" | "1216x896" | "896x1216" | "1280x832" | "832x1280" | "1152x896" | "896x1152" | "1280x896" | "896x1280" | "832x1344" | "768x1344" | "1344x768" | "768x1536" | "1536x768" | "2048x2048" | "2432x1792" | "1792x2432" | "2560x1664" | "1664x2560" | "2304x1792" | "1792x2304" | "2560x1792" | "1792x2560" | "1664x2688" | "1536x2688" | "2688x1536" | "1536x3072" | "3072x1536" | "1:1" | "2:1" | "1:2" | "3:2" | "2:3" | "4:3" | "3:4" | "5:4" | "4:5" | "6:10" | "14:10" | "10:14" | "16:9" | "9:16";
        /** @enum {string} */
        ImageStyle: "any" | "digital_illustration" | "icon" | "realistic_image" | "vector_illustration" | "logo_raster";
        /** @enum {string} */
        ImageSubStyle: "2d_art_poster" | "3d" | "80s" | "glow" | "grain" | "hand_drawn" | "infantile_sketch" | "kawaii" | "pixel_art" | "psychedelic" | "seamless" | "voxel" | "watercolor" | "broken_line" | "colored_outline" | "colored_shapes" | "colored_shapes_gradient" | "doodle_fill" | "doodle_offset_fill" | "offset_fill" | "outline" | "outline_gradient" | "cartoon" | "doodle_line_art" | "engraving" | "flat_2" | "line_art" | "linocut" | "b_and_w" | "enterprise" | "hard_flash" | "hdr" | "motion_blur" | "natural_light" | "studio_portrait" | "line_circuit" | "2d_art_poster_2" | "engraving_color" | "hand_drawn_outline" | "handmade_3d" | "plastic" | "pictogram" | "antiquarian" | "bold_fantasy" | "child_book" | "cover" | "crosshatch" | "digital_engraving" | "expressionism" | "freehand_details" | "grain_20" | "graphic_intensity" | "hard_comics" | "long_shadow" | "modern_folk" | "multicolor" | "neon_calm" | "noir" | "nostalgic_pastel" | "outline_details" | "pastel_gradient" | "pastel_sketch" | "pop_art" | "pop_renaissance" | "street_art" | "tablet_sketch" | "urban_glow" | "urban_sketching" | "young_adult_book" | "young_adult_book_2" | "evening_light" | "faded_nostalgia" | "forest_life" | "mystic_naturalism" | "natural_tones" | "organic_calm" | "real_life_glow" | "retro_realism" | "retro_snapshot" | "urban_drama" | "village_realism" | "warm_folk" | "bold_stroke" | "chemistry" | "colored_stencil" | "cosmics" | "cutout" | "depressive" | "editorial" | "emotional_flat" | "marker_outline" | "mosaic" | "naivector" | "roundish_flat" | "segmented_colors" | "sharp_contrast" | "thin" | "vector_photo" | "vivid_shapes" | "emblem_graffiti" | "emblem_pop_art" | "emblem_punk" | "emblem_stamp" | "emblem_vintage";
        ImageToImageJSONRequest: components["schemas"]["TransformImageJSONRequest"] & {
            strength: number;
        };
        ImageToImageRequest: components["schemas"]["TransformImageRequest"] & {
            strength: number;
        };
        /** @enum {string} */
        LimitNumShapes: "on" | "off";
        ListBasicStylesResponse: {
            styles: components["schemas"]["BasicStyle"][];
        };
        ListModelsResponse: {
            data: components["schemas"]["Model"][];
        };
        ListStylesResponse: {
            styles: components["schemas"]["Style"][];
        };
        /** @enum {string} */
        MixPolicy: "PaletteMatch" | "MaxWeight";
        Model: {
            /** Format: int64 */
            created: number;
            description?: string;
            id: string;
            input_modalities: string[];
            name: string;
            output_modalities: string[];
            pricing: components["schemas"]["ModelPricing"];
        };
        ModelPricing: {
            image: string;
        };
        OptimizeColorsRequest: {
            colors: components["schemas"]["ColorHexAndWeight"][];
            num_colors_limit: number;
        };
        OptimizeColorsResponse: {
            credits: number;
            mapping: components["schemas"]["ColorMapping"][];
        };
        OutpaintImageJSONRequest: components["schemas"]["OutpaintImageRequestBase"] & components["schemas"]["TransformImageJSONRequest"];
        OutpaintImageRequest: components["schemas"]["OutpaintImageRequestBase"] & {
            /** Format: binary */
            image?: Blob;
        };
        OutpaintImageRequestBase: components["schemas"]["TransformImageRequestBase"] & {
            /** Format: uint32 */
            expand_bottom?: number;
            /** Format: uint32 */
            expand_left?: number;
            /** Format: uint32 */
            expand_right?: number;
            /** Format: uint32 */
            expand_top?: number;
            size?: components["schemas"]["ImageSize"];
            zoom_out_percentage?: number;
        };
        PaletteSuggest: {
            background_color?: components["schemas"]["ImageColor"];
            colors: components["schemas"]["ImageColor"][];
        };
        ProcessImageJSONRequest: components["schemas"]["ProcessImageRequestBase"] & {
            /** @description URL or data URL of the input image. */
            image_url: string;
        };
        ProcessImageRequest: components["schemas"]["ProcessImageRequestBase"] & {
            /** Format: binary */
            image?: Blob;
        };
        ProcessImageRequestBase: {
            expire?: boolean;
            image_format?: components["schemas"]["ImageFormat"];
            response_format?: components["schemas"]["ResponseFormat"];
            upscale?: components["schemas"]["UpscaleMode"];
        };
        ProcessImageResponse: {
            created: number;
            credits: number;
            image: components["schemas"]["Image"];
        };
        /** @enum {string} */
        ResponseFormat: "url" | "b64_json";
        /** @enum {string} */
        ReturnGradients: "on" | "off";
        /** @enum {string} */
        ShapeStacking: "cut_out" | "hierarchical";
        /** @enum {string} */
        SmallShapeFilter: "on" | "off";
        Style: {
            /** Format: date-time */
            creation_time: string;
            /** Format: uuid */
            id: string;
            is_private: boolean;
            style: components["schemas"]["ImageStyle"];
            substyle?: components["schemas"]["ImageSubStyle"];
        };
        /** @enum {string} */
        StyleMatch: "regular" | "precise" | "flexible";
        /** @enum {string} */
        SvgCompression: "on" | "off";
        SystemStatus: {
            generation: boolean;
            service: boolean;
        };
        TextLayout: components["schemas"]["TextLayoutItem"][];
        TextLayoutItem: {
            bbox: number[][];
            text: string;
        };
        TransformImageJSONRequest: components["schemas"]["TransformImageRequestBase"] & {
            /** @description URL or data URL of the input image. */
            image_url: string;
        };
        TransformImageRequest: components["schemas"]["TransformImageRequestBase"] & {
            /** Format: binary */
            image?: Blob;
        };
        TransformImageRequestBase: {
            block_nsfw?: boolean;
            calculate_features?: boolean;
            controls?: components["schemas"]["UserControls"];
            creativity?: components["schemas"]["Creativity"];
            expire?: boolean;
            image_format?: components["schemas"]["ImageFormat"];
            model?: components["schemas"]["TransformModel"];
            n?: number;
            negative_prompt?: string;
            prompt: string;
            /** Format: uint32 */
            random_seed?: number;
            response_format?: components["schemas"]["ResponseFormat"];
            style?: string;
            /** Format: uuid */
            style_id?: string;
            style_match?: components["schemas"]["StyleMatch"];
            substyle?: components["schemas"]["ImageSubStyle"];
            text_layout?: components["schemas"]["TextLayout"];
        };
        TransformImageWithMaskJSONRequest: components["schemas"]["TransformImageJSONRequest"] & {
            /** @description URL or data URL of the mask image. */
            mask_url: string;
        };
        TransformImageWithMaskRequest: components["schemas"]["TransformImageRequestBase"] & {
            /** Format: binary */
            image?: Blob;
            /** Format: binary */
            mask?: Blob;
        };
        /** @enum {string} */
        TransformModel: "refm1" | "recraft20b" | "recraftv2" | "recraftv2_raster" | "recraftv2_vector" | "recraftv3" | "recraftv3_raster" | "recraftv3_vector" | "recraftv4" | "recraftv4_raster" | "recraftv4_vector" | "recraftv4_pro" | "recraftv4_pro_raster" | "recraftv4_pro_vector" | "recraftv4_1" | "recraftv4_1_raster" | "recraftv4_1_vector" | "recraftv4_1_pro" | "recraftv4_1_pro_raster" | "recraftv4_1_pro_vector" | "recraftv4_1_utility" | "recraftv4_1_utility_raster" | "recraftv4_1_utility_vector" | "recraftv4_1_utility_pro" | "recraftv4_1_utility_pro_raster" | "recraftv4_1_utility_pro_vector" | "recraftv4_explore" | "recraftv4_explore_raster" | "recraftv4_explore_vector" | "recraftv4_styles" | "recraftv4_styles_raster" | "recraftv4_styles_vector" | "recraftv4_styles_pro" | "recraftv4_styles_pro_raster" | "recraftv4_styles_pro_vector" | "flux1_kontext_pro" | "flux1_kontext_max" | "flux1_1pro" | "flux1dev" | "imagen3" | "imagen4" | "imagen4_ultra" | "hidream_i1_dev" | "gpt_image_1_low" | "gpt_image_1_medium" | "gpt_image_1_high" | "gpt_image_1p5_low" | "gpt_image_1p5_medium" | "gpt_image_1p5_high" | "gpt_image_2_low" | "gpt_image_2_medium" | "gpt_image_2_high" | "ideogram_v3_turbo" | "ideogram_v3_default" | "ideogram_v3_quality" | "ideogram_v4_turbo" | "ideogram_v4_balanced" | "ideogram_v4_quality" | "qwen_image" | "qwen_image_2" | "gemini_25_flash_image" | "bytedance-seedreamv4" | "bytedance_seedreamv4p5" | "nano_banana_pro" | "nano_banana_pro_4k" | "nano_banana_2" | "nano_banana_2_with_4k" | "nano_banana_2_lite" | "flux2_dev" | "flux2_pro" | "flux2_flex" | "flux2_max" | "z_image_turbo" | "bytedance_seedreamv5_lite" | "bytedance_seedreamv5_pro" | "qwen_image_2_pro" | "qwen_image_3" | "qwen_image_3_2k" | "flux1_schnell" | "grok_imagine_image" | "grok_imagine_image_2" | "imagineart_2" | "krea_2_large" | "krea_2_medium" | "krea_2_turbo" | "cosmos_3_super" | "reve_2_1" | "veo3p1" | "veo3p1_fast" | "veo3p1_lite" | "veo3" | "veo3_fast" | "veo2" | "gemini_omni_flash" | "sora2_pro" | "sora2" | "ray2" | "ray2_flash" | "kling2p6_pro" | "kling2p5_turbo" | "kling2p1_master" | "hailuo02_pro" | "hailuo02_standard" | "hailuo2p3_pro" | "hailuo2p3_standard" | "minimaxh3" | "wan2p7" | "wan2p6" | "wan2p5_preview" | "wan2p2_a14b" | "bytedance_seedance1p5" | "bytedance_seedance2" | "bytedance_seedance2_fast" | "bytedance_seedance2p5" | "pixverse_v5p5" | "pixverse_v5p6" | "pixverse_v6" | "grok_imagine_video" | "grok_imagine_video_1p5" | "kling3_pro" | "kling3_standard" | "kling3_omni_pro" | "kling3_omni_standard" | "kling3_turbo" | "happy_horse_1" | "happy_horse_1p1" | "flux3_video" | "recraft_super_resolution" | "recraft_generative_upscale" | "topaz";
        /** @enum {string} */
        UpscaleMode: "upscale4mp" | "upscale16mp";
        User: {
            credits: number;
            /** Format: email */
            email?: string;
            /** Format: uuid */
            id: string;
            name?: string;
        };
        UserControls: {
            artistic_level?: number;
            background_color?: components["schemas"]["ImageColor"];
            colors?: components["schemas"]["ImageColor"][];
            no_text?: boolean;
        };
        VariateImageJSONRequest: components["schemas"]["VariateImageRequestBase"] & {
            /** @description URL or data URL of the input image. */
            image_url: string;
        };
        VariateImageRequest: components["schemas"]["VariateImageRequestBase"] & {
            /** Format: binary */
            image?: Blob;
        };
        VariateImageRequestBase: {
            expire?: boolean;
            image_format?: components["schemas"]["ImageFormat"];
            model?: components["schemas"]["TransformModel"];
            n?: number;
            /** Format: uint32 */
            random_seed?: number;
            response_format?: components["schemas"]["ResponseFormat"];
            size: components["schemas"]["ImageSize"];
        };
        VectorizeImageJSONRequest: components["schemas"]["VectorizeImageRequestBase"] & {
            /** @description URL or data URL of the input image. */
            image_url: string;
        };
        VectorizeImageRequest: components["schemas"]["VectorizeImageRequestBase"] & {
            /** Format: binary */
            image?: Blob;
        };
        VectorizeImageRequestBase: components["schemas"]["ProcessImageRequestBase"] & {
            color_reduction?: components["schemas"]["ColorReduction"];
            limit_num_shapes?: components["schemas"]["LimitNumShapes"];
            /** Format: uint32 */
            max_num_shapes?: number;
            return_gradients?: components["schemas"]["ReturnGradients"];
            shape_stacking?: components["schemas"]["ShapeStacking"];
            small_shape_filter?: components["schemas"]["SmallShapeFilter"];
            strict_color_palette?: number[][];
            svg_compression?: components["schemas"]["SvgCompression"];
        };
    };
    responses: never;
    parameters: {
        billing: components["schemas"]["BillingType"];
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    GetPing: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    GetSystemStatus: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SystemStatus"];
                };
            };
        };
    };
    OptimizeColors: {
        parameters: {
            query?: {
                billing?: components["parameters"]["billing"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["OptimizeColorsRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OptimizeColorsResponse"];
                };
            };
        };
    };
    ClarityUpscale: {
        parameters: {
            query?: {
                billing?: components["parameters"]["billing"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ProcessImageJSONRequest"];
                "multipart/form-data": components["schemas"]["ProcessImageRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProcessImageResponse"];
                };
            };
        };
    };
    CreativeUpscale: {
        parameters: {
            query?: {
                billing?: components["parameters"]["billing"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ProcessImageJSONRequest"];
                "multipart/form-data": components["schemas"]["ProcessImageRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProcessImageResponse"];
                };
            };
        };
    };
    CrispUpscale: {
        parameters: {
            query?: {
                billing?: components["parameters"]["billing"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ProcessImageJSONRequest"];
                "multipart/form-data": components["schemas"]["ProcessImageRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProcessImageResponse"];
                };
            };
        };
    };
    EraseRegion: {
        parameters: {
            query?: {
                billing?: components["parameters"]["billing"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["EraseRegionJSONRequest"];
                "multipart/form-data": components["schemas"]["EraseRegionRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProcessImageResponse"];
                };
            };
        };
    };
    Explore: {
        parameters: {
            query?: {
                billing?: components["parameters"]["billing"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ExploreRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GenerateImageResponse"];
                };
            };
        };
    };
    ExploreSimilar: {
        parameters: {
            query?: {
                billing?: components["parameters"]["billing"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ExploreSimilarRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GenerateImageResponse"];
                };
            };
        };
    };
    GenerateBackground: {
        parameters: {
            query?: {
                billing?: components["parameters"]["billing"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["TransformImageWithMaskJSONRequest"];
                "multipart/form-data": components["schemas"]["TransformImageWithMaskRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GenerateImageResponse"];
                };
            };
        };
    };
    GenerateImage: {
        parameters: {
            query?: {
                billing?: components["parameters"]["billing"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["GenerateImageJSONRequest"];
                "multipart/form-data": components["schemas"]["GenerateImageRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GenerateImageResponse"];
                };
            };
        };
    };
    GenerateImageRaster: {
        parameters: {
            query?: {
                billing?: components["parameters"]["billing"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["GenerateImageJSONRequest"];
                "multipart/form-data": components["schemas"]["GenerateImageRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GenerateImageResponse"];
                };
            };
        };
    };
    GenerateImageVector: {
        parameters: {
            query?: {
                billing?: components["parameters"]["billing"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["GenerateImageJSONRequest"];
                "multipart/form-data": components["schemas"]["GenerateImageRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GenerateImageResponse"];
                };
            };
        };
    };
    GenerativeUpscale: {
        parameters: {
            query?: {
                billing?: components["parameters"]["billing"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ProcessImageJSONRequest"];
                "multipart/form-data": components["schemas"]["ProcessImageRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProcessImageResponse"];
                };
            };
        };
    };
    ImageToImage: {
        parameters: {
            query?: {
                billing?: components["parameters"]["billing"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ImageToImageJSONRequest"];
                "multipart/form-data": components["schemas"]["ImageToImageRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GenerateImageResponse"];
                };
            };
        };
    };
    InpaintImage: {
        parameters: {
            query?: {
                billing?: components["parameters"]["billing"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["TransformImageWithMaskJSONRequest"];
                "multipart/form-data": components["schemas"]["TransformImageWithMaskRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GenerateImageResponse"];
                };
            };
        };
    };
    OutpaintImage: {
        parameters: {
            query?: {
                billing?: components["parameters"]["billing"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["OutpaintImageJSONRequest"];
                "multipart/form-data": components["schemas"]["OutpaintImageRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GenerateImageResponse"];
                };
            };
        };
    };
    RemoveBackground: {
        parameters: {
            query?: {
                billing?: components["parameters"]["billing"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ProcessImageJSONRequest"];
                "multipart/form-data": components["schemas"]["ProcessImageRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProcessImageResponse"];
                };
            };
        };
    };
    ReplaceBackground: {
        parameters: {
            query?: {
                billing?: components["parameters"]["billing"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["TransformImageJSONRequest"];
                "multipart/form-data": components["schemas"]["TransformImageRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GenerateImageResponse"];
                };
            };
        };
    };
    VariateImage: {
        parameters: {
            query?: {
                billing?: components["parameters"]["billing"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["VariateImageJSONRequest"];
                "multipart/form-data": components["schemas"]["VariateImageRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GenerateImageResponse"];
                };
            };
        };
    };
    VectorizeImage: {
        parameters: {
            query?: {
                billing?: components["parameters"]["billing"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["VectorizeImageJSONRequest"];
                "multipart/form-data": components["schemas"]["VectorizeImageRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProcessImageResponse"];
                };
            };
        };
    };
    ListModels: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListModelsResponse"];
                };
            };
        };
    };
    EnhancePrompt: {
        parameters: {
            query?: {
                billing?: components["parameters"]["billing"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["EnhancePromptRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnhancePromptResponse"];
                };
            };
        };
    };
    ListStyles: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListStylesResponse"];
                };
            };
        };
    };
    CreateStyle: {
        parameters: {
            query?: {
                billing?: components["parameters"]["billing"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CreateStyleJSONRequest"];
                "multipart/form-data": components["schemas"]["CreateStyleRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateStyleResponse"];
                };
            };
        };
    };
    ListBasicStyles: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListBasicStylesResponse"];
                };
            };
        };
    };
    GetStyle: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                style_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Style"];
                };
            };
        };
    };
    DeleteStyle: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                style_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, unknown>;
                };
            };
        };
    };
    GetCurrentUser: {
        parameters: {
            query?: {
                billing?: components["parameters"]["billing"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
        };
    };
}
