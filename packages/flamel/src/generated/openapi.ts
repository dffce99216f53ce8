export interface paths {
    "/api/images/imageToPrompt": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create Prompt from Image(이미지를 묘사하는 프롬프트 생성) */
        post: operations["ImagesApiController_imageToPrompt"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/images/create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a new image(새로운 이미지 생성) */
        post: operations["ImagesApiController_createImage"];
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
        CreateImageWithRefDto: {
            /**
             * @description Random prompt(랜덤 프롬프트)
             * @example a unicorn is attacking group of humans
             */
            randomPrompt?: string;
            /**
             * @description The user's initial prompt, before text-to-prompt(초기 유저 프롬프트(텍스트2프롬프트 이전))
             * @example a unicorn is attacking group of humans
             */
            initialPrompt?: string;
            /**
             * @description The prompt after text-to-prompt(텍스트2프롬프트 이후)
             * @example a unicorn is attacking group of humans
             */
            enhancedPrompt?: string;
            /**
             * @description img2prompt
             * @example a unicorn is attacking group of humans
             */
            captionPrompt?: string;
            /**
             * @description Translation of the imageToPrompt caption(img2prompt 번역)
             * @example 유니콘이 인간 그룹을 공격하고 있다.
             */
            captionTPrompt?: string;
            /**
             * @description Prompt(프롬프트)
             * @example 유니콘이 인간 그룹과 뛰어놀고 있다
             */
            prompt: string;
            /**
             * @description Aspect ratio(비율)
             * @enum {string}
             */
            ratio: "square" | "vertical" | "horizontal" | "1:1" | "3:4" | "4:3" | "9:16" | "16:9";
            /** @description Group ID(그룹아이디) */
            groupId?: string;
            /**
             * @description Number of images to create(생성 개수)
             * @default 4
             * @enum {number}
             */
            sample?: 1 | 2 | 4;
            /**
             * @description Whether the images are created asynchronously(비동기 생성 여부)
             * @default false
             * @example false
             */
            async?: boolean;
            /**
             * @description Image path(이미지 경로)
             * @example 1/reference-1423131.png
             */
            image: string;
            styleId?: never;
            imageId?: never;
        };
        CreateImageWithStyleIdDto: {
            /**
             * @description Random prompt(랜덤 프롬프트)
             * @example a unicorn is attacking group of humans
             */
            randomPrompt?: string;
            /**
             * @description The user's initial prompt, before text-to-prompt(초기 유저 프롬프트(텍스트2프롬프트 이전))
             * @example a unicorn is attacking group of humans
             */
            initialPrompt?: string;
            /**
             * @description The prompt after text-to-prompt(텍스트2프롬프트 이후)
             * @example a unicorn is attacking group of humans
             */
            enhancedPrompt?: string;
            /**
             * @description img2prompt
             * @example a unicorn is attacking group of humans
             */
            captionPrompt?: string;
            /**
             * @description Translation of the imageToPrompt caption(img2prompt 번역)
             * @example 유니콘이 인간 그룹을 공격하고 있다.
             */
            captionTPrompt?: string;
            /**
             * @description Prompt(프롬프트)
             * @example 유니콘이 인간 그룹과 뛰어놀고 있다
             */
            prompt: string;
            /**
             * @description Aspect ratio(비율)
             * @enum {string}
             */
            ratio: "square" | "vertical" | "horizontal" | "1:1" | "3:4" | "4:3" | "9:16" | "16:9";
            /** @description Group ID(그룹아이디) */
            groupId?: string;
            /**
             * @description Number of images to create(생성 개수)
             * @default 4
             * @enum {number}
             */
            sample?: 1 | 2 | 4;
            /**
             * @description Whether the images are created asynchronously(비동기 생성 여부)
             * @default false
             * @example false
             */
            async?: boolean;
            /**
             * @description Style ID(스타일 아이디)
             * @example 12
             */
            styleId: number;
            image?: never;
            imageId?: never;
        };
        CreateImageWithImageIdDto: {
            /**
             * @description Random prompt(랜덤 프롬프트)
             * @example a unicorn is attacking group of humans
             */
            randomPrompt?: string;
            /**
             * @description The user's initial prompt, before text-to-prompt(초기 유저 프롬프트(텍스트2프롬프트 이전))
             * @example a unicorn is attacking group of humans
             */
            initialPrompt?: string;
            /**
             * @description The prompt after text-to-prompt(텍스트2프롬프트 이후)
             * @example a unicorn is attacking group of humans
             */
            enhancedPrompt?: string;
            /**
             * @description img2prompt
             * @example a unicorn is attacking group of humans
             */
            captionPrompt?: string;
            /**
             * @description Translation of the imageToPrompt caption(img2prompt 번역)
             * @example 유니콘이 인간 그룹을 공격하고 있다.
             */
            captionTPrompt?: string;
            /**
             * @description Prompt(프롬프트)
             * @example 유니콘이 인간 그룹과 뛰어놀고 있다
             */
            prompt: string;
            /**
             * @description Aspect ratio(비율)
             * @enum {string}
             */
            ratio: "square" | "vertical" | "horizontal" | "1:1" | "3:4" | "4:3" | "9:16" | "16:9";
            /** @description Group ID(그룹아이디) */
            groupId?: string;
            /**
             * @description Number of images to create(생성 개수)
             * @default 4
             * @enum {number}
             */
            sample?: 1 | 2 | 4;
            /**
             * @description Whether the images are created asynchronously(비동기 생성 여부)
             * @default false
             * @example false
             */
            async?: boolean;
            /**
             * @description Collection image ID(컬렉션 이미지 아이디)
             * @example 234
             */
            imageId: number;
            image?: never;
            styleId?: never;
        };
        CollectionUpscaleInfoImageDownloadLogDto: {
            /** @description User ID(유저 아이디) */
            userId: number;
            /** @description Image ID(이미지 아이디) */
            imageId: number;
        };
        CollectionUpscaleInfoImageCollectionInfoDto: {
            /** @description Whether the image is in a collection(컬렉션 여부) */
            enabled: boolean;
        };
        CollectionUpscaleInfoImageDto: {
            DownloadLog: components["schemas"]["CollectionUpscaleInfoImageDownloadLogDto"][];
            CollectionInfo?: components["schemas"]["CollectionUpscaleInfoImageCollectionInfoDto"];
        };
        CollectionUpscaleInfoDto: {
            /** @description Image ID(이미지 아이디) */
            imageId: number;
            /**
             * @description Upscale type(업스케일 유형)
             * @enum {string}
             */
            type: "upscale" | "enhance";
            /**
             * @description Scale size(스케일 사이즈)
             * @example 2x
             */
            scaleSize: string;
            Image?: components["schemas"]["CollectionUpscaleInfoImageDto"];
        };
        PickTypeClass: {
            /** @description Original Prompt(원본 프롬프트) */
            originalPrompt: string;
            /** @description Super Category Code(대분류코드) */
            super: string;
            /** @description Main Category Code(중분류코드) */
            main: string;
            /** @description Variation Original ID(배리에이션 원본 아이디) */
            variationId: number;
            /** @description Group ID(그룹아이디) */
            groupId: string;
            /** @description Blur Image Status(블러이미지 여부(블러이미지면 버튼 표시하면 안 됨)) */
            blurReason: string;
        };
        CreatedImageDto: {
            /** @description ID(아이디) */
            imageId: number;
            /**
             * Format: date-time
             * @description Creation Date(생성 일시)
             */
            createdAt: string;
            /**
             * @description Generation Status(생성 상태)
             * @default COMPLETED
             * @enum {string|null}
             */
            generationStatus: "PENDING" | "COMPLETED" | "FAILED" | null;
            /** @description Generation Error(생성 에러 메시지) */
            generationError: string | null;
            /**
             * @description Resolution(해상도)
             * @example 512x512
             */
            resolution: string;
            /** @description Owner ID(소유자 아이디) */
            ownerId: number;
            /** @description Other Information(기타 정보) */
            etc: string;
            /**
             * @description Bookmark Status(북마크 여부)
             * @example false
             */
            bookmarked: boolean;
            /** @description Image webp base64(이미지 webp base64) */
            base64: string;
            /**
             * @description Image mimeType(이미지 mimeType)
             * @example image/webp
             */
            mimeType: string;
            /**
             * @description Purchase History(구매내역)
             * @example []
             */
            Bought: string[];
            /**
             * @description Bookmark History(북마크내역)
             * @example []
             */
            Bookmarks: string[];
            /** @description Upscale History(업스케일 내역) */
            Upscaled: components["schemas"]["CollectionUpscaleInfoDto"][];
            /** @description Generation Information(생성 정보) */
            GenerationInfo: components["schemas"]["PickTypeClass"];
        };
        CreateImageResponseDto: {
            /** @description Image Array(이미지 배열) */
            images: components["schemas"]["CreatedImageDto"][];
            /** @description Charge Credit(충전 크레딧) */
            defaultCredit: number;
            /** @description Daily Credit(일일 크레딧) */
            dailyCredit: number;
            /** @description Monthly Credit(월간 크레딧) */
            monthlyCredit: number;
        };
        /** @description Error envelope shared by every Flamel error response. */
        FlamelError: {
            /** @enum {boolean} */
            success: false;
            /** @description The HTTP status, repeated. */
            code: number;
            /** @description Error code, optionally followed by parameters in parentheses. */
            data: string;
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
    ImagesApiController_imageToPrompt: {
        parameters: {
            query?: never;
            header: {
                /** @description Platform: web, app or figma(플랫폼 구분 (web, app, figma)) */
                "X-Platform"?: "web" | "app" | "figma" | "api";
                /** @description language(언어) */
                "Accept-Language": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description reference image url(레퍼런스 이미지 주소) */
                    image: string;
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Image to Text Prompt(이미지2텍스트 프롬프트) */
                        captionPrompt?: string;
                        /** @description Translated Prompt(번역된 프롬프트) */
                        captionTPrompt?: string;
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FlamelError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FlamelError"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FlamelError"];
                };
            };
        };
    };
    ImagesApiController_createImage: {
        parameters: {
            query?: never;
            header?: {
                /** @description API Type(API 유형) */
                "X-Type"?: string;
                /** @description Platform: web, app or figma(플랫폼 구분 (web, app, figma)) */
                "X-Platform"?: "web" | "app" | "figma" | "api";
            };
            path?: never;
            cookie?: never;
        };
        /** @description (Reference Image + Prompt) OR (Style + Prompt) OR (Collection ID + Prompt)(레퍼런스 이미지 + 프롬프트) OR (스타일 + 프롬프트) OR (컬렉션 아이디 + 프롬프트) */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateImageWithRefDto"] | components["schemas"]["CreateImageWithStyleIdDto"] | components["schemas"]["CreateImageWithImageIdDto"];
            };
        };
        responses: {
            /** @description Array of Generated Images(생성된 이미지들의 배열) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateImageResponseDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FlamelError"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FlamelError"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FlamelError"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FlamelError"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FlamelError"];
                };
            };
        };
    };
}
