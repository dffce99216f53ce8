export interface paths {
    "/account": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the authenticated account
         * @description Returns information about the user or organization associated with the provided API token.
         *
         *     Example cURL request:
         *
         *     ```console
         *     curl -s \
         *       -H "Authorization: Bearer $REPLICATE_API_TOKEN" \
         *       https://api.replicate.com/v1/account
         *     ```
         *
         *     The response will be a JSON object describing the account:
         *
         *     ```json
         *     {
         *       "type": "organization",
         *       "username": "acme",
         *       "name": "Acme Corp, Inc.",
         *       "github_url": "https://github.com/acme",
         *     }
         *     ```
         */
        get: operations["account.get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/collections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List collections of models
         * @description Example cURL request:
         *
         *     ```console
         *     curl -s \
         *       -H "Authorization: Bearer $REPLICATE_API_TOKEN" \
         *       https://api.replicate.com/v1/collections
         *     ```
         *
         *     The response will be a paginated JSON list of collection objects:
         *
         *     ```json
         *     {
         *       "next": "null",
         *       "previous": null,
         *       "results": [
         *         {
         *           "name": "Super resolution",
         *           "slug": "super-resolution",
         *           "description": "Upscaling models that create high-quality images from low-quality images."
         *         }
         *       ]
         *     }
         *     ```
         */
        get: operations["collections.list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/collections/{collection_slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a collection of models
         * @description Example cURL request:
         *
         *     ```console
         *     curl -s \
         *       -H "Authorization: Bearer $REPLICATE_API_TOKEN" \
         *       https://api.replicate.com/v1/collections/super-resolution
         *     ```
         *
         *     The response will be a collection object with a nested list of the models in that collection:
         *
         *     ```json
         *     {
         *       "name": "Super resolution",
         *       "slug": "super-resolution",
         *       "description": "Upscaling models that create high-quality images from low-quality images.",
         *       "full_description": "## Overview\n\nThese models generate high-quality images from low-quality images. Many of these models are based on **advanced upscaling techniques**.\n\n### Key Features\n\n- Enhance image resolution\n- Restore fine details\n- Improve overall image quality",
         *       "models": [...]
         *     }
         *     ```
         */
        get: operations["collections.get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/deployments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List deployments
         * @description Get a list of deployments associated with the current account, including the latest release configuration for each deployment.
         *
         *     Example cURL request:
         *
         *     ```console
         *     curl -s \
         *       -H "Authorization: Bearer $REPLICATE_API_TOKEN" \
         *       https://api.replicate.com/v1/deployments
         *     ```
         *
         *     The response will be a paginated JSON array of deployment objects, sorted with the most recent deployment first:
         *
         *     ```json
         *     {
         *       "next": "http://api.replicate.com/v1/deployments?cursor=cD0yMDIzLTA2LTA2KzIzJTNBNDAlM0EwOC45NjMwMDAlMkIwMCUzQTAw",
         *       "previous": null,
         *       "results": [
         *         {
         *           "owner": "replicate",
         *           "name": "my-app-image-generator",
         *           "current_release": {
         *             "number": 1,
         *             "model": "stability-ai/sdxl",
         *             "version": "da77bc59ee60423279fd632efb4795ab731d9e3ca9705ef3341091fb989b7eaf",
         *             "created_at": "2024-02-15T16:32:57.018467Z",
         *             "created_by": {
         *               "type": "organization",
         *               "username": "acme",
         *               "name": "Acme Corp, Inc.",
         *               "avatar_url": "https://cdn.replicate.com/avatars/acme.png",
         *               "github_url": "https://github.com/acme"
         *             },
         *             "configuration": {
         *               "hardware": "gpu-t4",
         *               "min_instances": 1,
         *               "max_instances": 5
         *             }
         *           }
         *         }
         *       ]
         *     }
         *     ```
         */
        get: operations["deployments.list"];
        put?: never;
        /**
         * Create a deployment
         * @description Create a new deployment:
         *
         *     Example cURL request:
         *
         *     ```console
         *     curl -s \
         *       -X POST \
         *       -H "Authorization: Bearer $REPLICATE_API_TOKEN" \
         *       -H "Content-Type: application/json" \
         *       -d '{
         *             "name": "my-app-image-generator",
         *             "model": "stability-ai/sdxl",
         *             "version": "da77bc59ee60423279fd632efb4795ab731d9e3ca9705ef3341091fb989b7eaf",
         *             "hardware": "gpu-t4",
         *             "min_instances": 0,
         *             "max_instances": 3
         *           }' \
         *       https://api.replicate.com/v1/deployments
         *     ```
         *
         *     The response will be a JSON object describing the deployment:
         *
         *     ```json
         *     {
         *       "owner": "acme",
         *       "name": "my-app-image-generator",
         *       "current_release": {
         *         "number": 1,
         *         "model": "stability-ai/sdxl",
         *         "version": "da77bc59ee60423279fd632efb4795ab731d9e3ca9705ef3341091fb989b7eaf",
         *         "created_at": "2024-02-15T16:32:57.018467Z",
         *         "created_by": {
         *           "type": "organization",
         *           "username": "acme",
         *           "name": "Acme Corp, Inc.",
         *           "avatar_url": "https://cdn.replicate.com/avatars/acme.png",
         *           "github_url": "https://github.com/acme"
         *         },
         *         "configuration": {
         *           "hardware": "gpu-t4",
         *           "min_instances": 1,
         *           "max_instances": 5
         *         }
         *       }
         *     }
         *     ```
         */
        post: operations["deployments.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/deployments/{deployment_owner}/{deployment_name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a deployment
         * @description Get information about a deployment by name including the current release.
         *
         *     Example cURL request:
         *
         *     ```console
         *     curl -s \
         *       -H "Authorization: Bearer $REPLICATE_API_TOKEN" \
         *       https://api.replicate.com/v1/deployments/replicate/my-app-image-generator
         *     ```
         *
         *     The response will be a JSON object describing the deployment:
         *
         *     ```json
         *     {
         *       "owner": "acme",
         *       "name": "my-app-image-generator",
         *       "current_release": {
         *         "number": 1,
         *         "model": "stability-ai/sdxl",
         *         "version": "da77bc59ee60423279fd632efb4795ab731d9e3ca9705ef3341091fb989b7eaf",
         *         "created_at": "2024-02-15T16:32:57.018467Z",
         *         "created_by": {
         *           "type": "organization",
         *           "username": "acme",
         *           "name": "Acme Corp, Inc.",
         *           "avatar_url": "https://cdn.replicate.com/avatars/acme.png",
         *           "github_url": "https://github.com/acme"
         *         },
         *         "configuration": {
         *           "hardware": "gpu-t4",
         *           "min_instances": 1,
         *           "max_instances": 5
         *         }
         *       }
         *     }
         *     ```
         */
        get: operations["deployments.get"];
        put?: never;
        post?: never;
        /**
         * Delete a deployment
         * @description Delete a deployment
         *
         *     Deployment deletion has some restrictions:
         *
         *     - You can only delete deployments that have been offline and unused for at least 15 minutes.
         *
         *     Example cURL request:
         *
         *     ```command
         *     curl -s -X DELETE \
         *       -H "Authorization: Bearer $REPLICATE_API_TOKEN" \
         *       https://api.replicate.com/v1/deployments/acme/my-app-image-generator
         *     ```
         *
         *     The response will be an empty 204, indicating the deployment has been deleted.
         */
        delete: operations["deployments.delete"];
        options?: never;
        head?: never;
        /**
         * Update a deployment
         * @description Update properties of an existing deployment, including hardware, min/max instances, and the deployment's underlying model [version](https://replicate.com/docs/how-does-replicate-work#versions).
         *
         *     Example cURL request:
         *
         *     ```console
         *     curl -s \
         *       -X PATCH \
         *       -H "Authorization: Bearer $REPLICATE_API_TOKEN" \
         *       -H "Content-Type: application/json" \
         *       -d '{"min_instances": 3, "max_instances": 10}' \
         *       https://api.replicate.com/v1/deployments/acme/my-app-image-generator
         *     ```
         *
         *     The response will be a JSON object describing the deployment:
         *
         *     ```json
         *     {
         *       "owner": "acme",
         *       "name": "my-app-image-generator",
         *       "current_release": {
         *         "number": 2,
         *         "model": "stability-ai/sdxl",
         *         "version": "da77bc59ee60423279fd632efb4795ab731d9e3ca9705ef3341091fb989b7eaf",
         *         "created_at": "2024-02-15T16:32:57.018467Z",
         *         "created_by": {
         *           "type": "organization",
         *           "username": "acme",
         *           "name": "Acme Corp, Inc.",
         *           "avatar_url": "https://cdn.replicate.com/avatars/acme.png",
         *           "github_url": "https://github.com/acme"
         *         },
         *         "configuration": {
         *           "hardware": "gpu-t4",
         *           "min_instances": 3,
         *           "max_instances": 10
         *         }
         *       }
         *     }
         *     ```
         *
         *     Updating any deployment properties will increment the `number` field of the `current_release`.
         */
        patch: operations["deployments.update"];
        trace?: never;
    };
    "/deployments/{deployment_owner}/{deployment_name}/predictions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a prediction using a deployment
         * @description Create a prediction for the deployment and inputs you provide.
         *
         *     Example cURL request:
         *
         *     ```console
         *     curl -s -X POST -H 'Prefer: wait' \
         *       -d '{"input": {"prompt": "A photo of a bear riding a bicycle over the moon"}}' \
         *       -H "Authorization: Bearer $REPLICATE_API_TOKEN" \
         *       -H 'Content-Type: application/json' \
         *       https://api.replicate.com/v1/deployments/acme/my-app-image-generator/predictions
         *     ```
         *
         *     The request will wait up to 60 seconds for the model to run. If this time is exceeded the prediction will be returned in a `"starting"` state and need to be retrieved using the `predictions.get` endpoint.
         *
         *     For a complete overview of the `deployments.predictions.create` API check out our documentation on [creating a prediction](https://replicate.com/docs/topics/predictions/create-a-prediction) which covers a variety of use cases.
         */
        post: operations["deployments.predictions.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List files
         * @description Get a paginated list of all files created by the user or organization associated with the provided API token.
         *
         *     Example cURL request:
         *
         *     ```console
         *     curl -s \
         *       -H "Authorization: Token $REPLICATE_API_TOKEN" \
         *       https://api.replicate.com/v1/files
         *     ```
         *
         *     The response will be a paginated JSON array of file objects, sorted with the most recent file first.
         */
        get: operations["files.list"];
        put?: never;
        /**
         * Create a file
         * @description Create a file by uploading its content and optional metadata.
         *
         *     Example cURL request:
         *
         *     ```console
         *     curl -X POST https://api.replicate.com/v1/files \
         *       -H "Authorization: Token $REPLICATE_API_TOKEN" \
         *       -H 'Content-Type: multipart/form-data' \
         *       -F 'content=@/path/to/archive.zip;type=application/zip;filename=example.zip' \
         *       -F 'metadata={"customer_reference_id": 123};type=application/json'
         *     ```
         *
         *     The request must include:
         *     - `content`: The file content (required)
         *     - `type`: The content / MIME type for the file (defaults to `application/octet-stream`)
         *     - `filename`: The filename (required, ≤ 255 bytes, valid UTF-8)
         *     - `metadata`: User-provided metadata associated with the file (defaults to `{}`, must be valid JSON)
         */
        post: operations["files.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/files/{file_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a file
         * @description Get the details of a file.
         *
         *     Example cURL request:
         *
         *     ```console
         *     curl -s \
         *       -H "Authorization: Token $REPLICATE_API_TOKEN" \
         *       https://api.replicate.com/v1/files/cneqzikepnug6xezperrr4z55o
         *     ```
         */
        get: operations["files.get"];
        put?: never;
        post?: never;
        /**
         * Delete a file
         * @description Delete a file. Once a file has been deleted, subsequent requests to the file resource return 404 Not found.
         *
         *     Example cURL request:
         *
         *     ```console
         *     curl -X DELETE \
         *       -H "Authorization: Token $REPLICATE_API_TOKEN" \
         *       https://api.replicate.com/v1/files/cneqzikepnug6xezperrr4z55o
         *     ```
         */
        delete: operations["files.delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/files/{file_id}/download": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download a file
         * @description Download a file by providing the file owner, access expiry, and a valid signature.
         *
         *     Example cURL request:
         *
         *     ```console
         *     curl -X GET "https://api.replicate.com/v1/files/cneqzikepnug6xezperrr4z55o/download?expiry=1708515345&owner=mattt&signature=zuoghqlrcnw8YHywkpaXQlHsVhWen%2FDZ4aal76dLiOo%3D"
         *     ```
         */
        get: operations["files.download"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hardware": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List available hardware for models
         * @description Example cURL request:
         *
         *     ```console
         *     curl -s \
         *       -H "Authorization: Bearer $REPLICATE_API_TOKEN" \
         *       https://api.replicate.com/v1/hardware
         *     ```
         *
         *     The response will be a JSON array of hardware objects:
         *
         *     ```json
         *     [
         *         {"name": "CPU", "sku": "cpu"},
         *         {"name": "Nvidia T4 GPU", "sku": "gpu-t4"},
         *         {"name": "Nvidia A40 GPU", "sku": "gpu-a40-small"},
         *         {"name": "Nvidia A40 (Large) GPU", "sku": "gpu-a40-large"},
         *     ]
         *     ```
         */
        get: operations["hardware.list"];
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
         * List public models
         * @description Get a paginated list of public models.
         *
         *     Example cURL request:
         *
         *     ```console
         *     curl -s \
         *       -H "Authorization: Bearer $REPLICATE_API_TOKEN" \
         *       https://api.replicate.com/v1/models
         *     ```
         *
         *     The response will be a pagination object containing a list of model objects.
         *
         *     See the [`models.get`](https://replicate.com/docs/reference/http#models.get) docs for more details about the model object.
         *
         *     ## Sorting
         *
         *     You can sort the results using the `sort_by` and `sort_direction` query parameters.
         *
         *     For example, to get the most recently created models:
         *
         *     ```console
         *     curl -s \
         *       -H "Authorization: Bearer $REPLICATE_API_TOKEN" \
         *       "https://api.replicate.com/v1/models?sort_by=model_created_at&sort_direction=desc"
         *     ```
         *
         *     Available sorting options:
         *     - `model_created_at`: Sort by when the model was first created
         *     - `latest_version_created_at`: Sort by when the model's latest version was created (default)
         *
         *     Sort direction can be `asc` (ascending) or `desc` (descending, default).
         */
        get: operations["models.list"];
        put?: never;
        /**
         * Create a model
         * @description Create a model.
         *
         *     Example cURL request:
         *
         *     ```console
         *     curl -s -X POST \
         *       -H "Authorization: Bearer $REPLICATE_API_TOKEN" \
         *       -H 'Content-Type: application/json' \
         *       -d '{"owner": "alice", "name": "hot-dog-detector", "description": "Detect hot dogs in images", "visibility": "public", "hardware": "cpu"}' \
         *       https://api.replicate.com/v1/models
         *     ```
         *
         *     The response will be a model object in the following format:
         *
         *     ```json
         *     {
         *       "url": "https://replicate.com/alice/hot-dog-detector",
         *       "owner": "alice",
         *       "name": "hot-dog-detector",
         *       "description": "Detect hot dogs in images",
         *       "visibility": "public",
         *       "github_url": null,
         *       "paper_url": null,
         *       "license_url": null,
         *       "run_count": 0,
         *       "cover_image_url": null,
         *       "default_example": null,
         *       "latest_version": null,
         *     }
         *     ```
         *
         *     Note that there is a limit of 1,000 models per account. For most purposes, we recommend using a single model and pushing new [versions](https://replicate.com/docs/how-does-replicate-work#versions) of the model as you make changes to it.
         */
        post: operations["models.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/models/{model_owner}/{model_name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a model
         * @description Example cURL request:
         *
         *     ```console
         *     curl -s \
         *       -H "Authorization: Bearer $REPLICATE_API_TOKEN" \
         *       https://api.replicate.com/v1/models/replicate/hello-world
         *     ```
         *
         *     The response will be a model object in the following format:
         *
         *     ```json
         *     {
         *       "url": "https://replicate.com/replicate/hello-world",
         *       "owner": "replicate",
         *       "name": "hello-world",
         *       "description": "A tiny model that says hello",
         *       "visibility": "public",
         *       "github_url": "https://github.com/replicate/cog-examples",
         *       "paper_url": null,
         *       "license_url": null,
         *       "run_count": 5681081,
         *       "cover_image_url": "...",
         *       "default_example": {...},
         *       "latest_version": {...},
         *     }
         *     ```
         *
         *     The model object includes the [input and output schema](https://replicate.com/docs/reference/openapi#model-schemas) for the latest version of the model.
         *
         *     Here's an example showing how to fetch the model with cURL and display its input schema with [jq](https://stedolan.github.io/jq/):
         *
         *     ```console
         *     curl -s \
         *         -H "Authorization: Bearer $REPLICATE_API_TOKEN" \
         *         https://api.replicate.com/v1/models/replicate/hello-world \
         *         | jq ".latest_version.openapi_schema.components.schemas.Input"
         *     ```
         *
         *     This will return the following JSON object:
         *
         *     ```json
         *     {
         *       "type": "object",
         *       "title": "Input",
         *       "required": [
         *         "text"
         *       ],
         *       "properties": {
         *         "text": {
         *           "type": "string",
         *           "title": "Text",
         *           "x-order": 0,
         *           "description": "Text to prefix with 'hello '"
         *         }
         *       }
         *     }
         *     ```
         *
         *     The `cover_image_url` string is an HTTPS URL for an image file. This can be:
         *
         *     - An image uploaded by the model author.
         *     - The output file of the example prediction, if the model author has not set a cover image.
         *     - The input file of the example prediction, if the model author has not set a cover image and the example prediction has no output file.
         *     - A generic fallback image.
         *
         *     The `default_example` object is a [prediction](https://replicate.com/docs/reference/http#predictions.get) created with this model.
         *
         *     The `latest_version` object is the model's most recently pushed [version](https://replicate.com/docs/reference/http#models.versions.get).
         */
        get: operations["models.get"];
        put?: never;
        post?: never;
        /**
         * Delete a model
         * @description Delete a model
         *
         *     Model deletion has some restrictions:
         *
         *     - You can only delete models you own.
         *     - You can only delete private models.
         *     - You can only delete models that have no versions associated with them. Currently you'll need to [delete the model's versions](https://replicate.com/docs/reference/http#models.versions.delete) before you can delete the model itself.
         *
         *     Example cURL request:
         *
         *     ```command
         *     curl -s -X DELETE \
         *       -H "Authorization: Bearer $REPLICATE_API_TOKEN" \
         *       https://api.replicate.com/v1/models/replicate/hello-world
         *     ```
         *
         *     The response will be an empty 204, indicating the model has been deleted.
         */
        delete: operations["models.delete"];
        options?: never;
        head?: never;
        /**
         * Update metadata for a model
         * @description Update select properties of an existing model.
         *
         *     You can update the following properties:
         *
         *       - `description` - Model description
         *       - `readme` - Model README content
         *       - `github_url` - GitHub repository URL
         *       - `paper_url` - Research paper URL
         *       - `weights_url` - Model weights URL
         *       - `license_url` - License URL
         *
         *     Example cURL request:
         *
         *     ```console
         *     curl -X PATCH \
         *       https://api.replicate.com/v1/models/your-username/your-model-name \
         *       -H "Authorization: Token $REPLICATE_API_TOKEN" \
         *       -H "Content-Type: application/json" \
         *       -d '{
         *         "description": "Detect hot dogs in images",
         *         "readme": "# Hot Dog Detector\n\n🌭 Ketchup, mustard, and onions...",
         *         "github_url": "https://github.com/alice/hot-dog-detector",
         *         "paper_url": "https://arxiv.org/abs/2504.17639",
         *         "weights_url": "https://huggingface.co/alice/hot-dog-detector",
         *         "license_url": "https://choosealicense.com/licenses/mit/"
         *       }'
         *     ```
         *
         *     The response will be the updated model object with all of its properties.
         */
        patch: operations["models.update"];
        trace?: never;
    };
    "/models/{model_owner}/{model_name}/examples": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List examples for a model
         * @description List [example predictions](https://replicate.com/docs/topics/models/publish-a-model#what-are-examples) made using the model.
         *     These are predictions that were saved by the model author as illustrative examples of the model's capabilities.
         *
         *     If you want all the examples for a model, use this operation.
         *
         *     If you just want the model's default example, you can use the [`models.get`](https://replicate.com/docs/reference/http#models.get) operation instead, which includes a `default_example` object.
         *
         *     Example cURL request:
         *
         *     ```console
         *     curl -s \
         *       -H "Authorization: Bearer $REPLICATE_API_TOKEN" \
         *       https://api.replicate.com/v1/models/replicate/hello-world/examples
         *     ```
         *
         *     The response will be a pagination object containing a list of example predictions:
         *
         *     ```json
         *     {
         *       "next": "https://api.replicate.com/v1/models/replicate/hello-world/examples?cursor=...",
         *       "previous": "https://api.replicate.com/v1/models/replicate/hello-world/examples?cursor=...",
         *       "results": [...]
         *     }
         *     ```
         *
         *     Each item in the `results` list is a [prediction object](https://replicate.com/docs/reference/http#predictions.get).
         */
        get: operations["models.examples.list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/models/{model_owner}/{model_name}/predictions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a prediction using an official model
         * @description Create a prediction using an [official model](https://replicate.com/changelog/2025-01-29-official-models).
         *
         *     If you're _not_ running an official model, use the [`predictions.create`](https://replicate.com/docs/reference/http#predictions.create) operation instead.
         *
         *     Example cURL request:
         *
         *     ```console
         *     curl -s -X POST -H 'Prefer: wait' \
         *       -d '{"input": {"prompt": "Write a short poem about the weather."}}' \
         *       -H "Authorization: Bearer $REPLICATE_API_TOKEN" \
         *       -H 'Content-Type: application/json' \
         *       https://api.replicate.com/v1/models/meta/meta-llama-3-70b-instruct/predictions
         *     ```
         *
         *     The request will wait up to 60 seconds for the model to run. If this time is exceeded the prediction will be returned in a `"starting"` state and need to be retrieved using the `predictions.get` endpoint.
         *
         *     For a complete overview of the `deployments.predictions.create` API check out our documentation on [creating a prediction](https://replicate.com/docs/topics/predictions/create-a-prediction) which covers a variety of use cases.
         */
        post: operations["models.predictions.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/models/{model_owner}/{model_name}/readme": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a model's README
         * @description Get the README content for a model.
         *
         *     Example cURL request:
         *
         *     ```console
         *     curl -s \
         *       -H "Authorization: Bearer $REPLICATE_API_TOKEN" \
         *       https://api.replicate.com/v1/models/replicate/hello-world/readme
         *     ```
         *
         *     The response will be the README content as plain text in Markdown format:
         *
         *     ```
         *     # Hello World Model
         *
         *     This is an example model that...
         *     ```
         */
        get: operations["models.readme.get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/models/{model_owner}/{model_name}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List model versions
         * @description Example cURL request:
         *
         *     ```console
         *     curl -s \
         *       -H "Authorization: Bearer $REPLICATE_API_TOKEN" \
         *       https://api.replicate.com/v1/models/replicate/hello-world/versions
         *     ```
         *
         *     The response will be a JSON array of model version objects, sorted with the most recent version first:
         *
         *     ```json
         *     {
         *       "next": null,
         *       "previous": null,
         *       "results": [
         *         {
         *           "id": "5c7d5dc6dd8bf75c1acaa8565735e7986bc5b66206b55cca93cb72c9bf15ccaa",
         *           "created_at": "2022-04-26T19:29:04.418669Z",
         *           "cog_version": "0.3.0",
         *           "openapi_schema": {...}
         *         }
         *       ]
         *     }
         *     ```
         */
        get: operations["models.versions.list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/models/{model_owner}/{model_name}/versions/{version_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a model version
         * @description Example cURL request:
         *
         *     ```console
         *     curl -s \
         *       -H "Authorization: Bearer $REPLICATE_API_TOKEN" \
         *       https://api.replicate.com/v1/models/replicate/hello-world/versions/5c7d5dc6dd8bf75c1acaa8565735e7986bc5b66206b55cca93cb72c9bf15ccaa
         *     ```
         *
         *     The response will be the version object:
         *
         *     ```json
         *     {
         *       "id": "5c7d5dc6dd8bf75c1acaa8565735e7986bc5b66206b55cca93cb72c9bf15ccaa",
         *       "created_at": "2022-04-26T19:29:04.418669Z",
         *       "cog_version": "0.3.0",
         *       "openapi_schema": {...}
         *     }
         *     ```
         *
         *     Every model describes its inputs and outputs with [OpenAPI Schema Objects](https://spec.openapis.org/oas/latest.html#schemaObject) in the `openapi_schema` property.
         *
         *     The `openapi_schema.components.schemas.Input` property for the [replicate/hello-world](https://replicate.com/replicate/hello-world) model looks like this:
         *
         *     ```json
         *     {
         *       "type": "object",
         *       "title": "Input",
         *       "required": [
         *         "text"
         *       ],
         *       "properties": {
         *         "text": {
         *           "x-order": 0,
         *           "type": "string",
         *           "title": "Text",
         *           "description": "Text to prefix with 'hello '"
         *         }
         *       }
         *     }
         *     ```
         *
         *     The `openapi_schema.components.schemas.Output` property for the [replicate/hello-world](https://replicate.com/replicate/hello-world) model looks like this:
         *
         *     ```json
         *     {
         *       "type": "string",
         *       "title": "Output"
         *     }
         *     ```
         *
         *     For more details, see the docs on [Cog's supported input and output types](https://github.com/replicate/cog/blob/75b7802219e7cd4cee845e34c4c22139558615d4/docs/python.md#input-and-output-types)
         */
        get: operations["models.versions.get"];
        put?: never;
        post?: never;
        /**
         * Delete a model version
         * @description Delete a model version and all associated predictions, including all output files.
         *
         *     Model version deletion has some restrictions:
         *
         *     - You can only delete versions from models you own.
         *     - You can only delete versions from private models.
         *     - You cannot delete a version if someone other than you has run predictions with it.
         *     - You cannot delete a version if it is being used as the base model for a fine tune/training.
         *     - You cannot delete a version if it has an associated deployment.
         *     - You cannot delete a version if another model version is overridden to use it.
         *
         *     Example cURL request:
         *
         *     ```command
         *     curl -s -X DELETE \
         *       -H "Authorization: Bearer $REPLICATE_API_TOKEN" \
         *       https://api.replicate.com/v1/models/replicate/hello-world/versions/5c7d5dc6dd8bf75c1acaa8565735e7986bc5b66206b55cca93cb72c9bf15ccaa
         *     ```
         *
         *     The response will be an empty 202, indicating the deletion request has been accepted. It might take a few minutes to be processed.
         */
        delete: operations["models.versions.delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/models/{model_owner}/{model_name}/versions/{version_id}/trainings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a training
         * @description Start a new training of the model version you specify.
         *
         *     Example request body:
         *
         *     ```json
         *     {
         *       "destination": "{new_owner}/{new_name}",
         *       "input": {
         *         "train_data": "https://example.com/my-input-images.zip",
         *       },
         *       "webhook": "https://example.com/my-webhook",
         *     }
         *     ```
         *
         *     Example cURL request:
         *
         *     ```console
         *     curl -s -X POST \
         *       -d '{"destination": "{new_owner}/{new_name}", "input": {"input_images": "https://example.com/my-input-images.zip"}}' \
         *       -H "Authorization: Bearer $REPLICATE_API_TOKEN" \
         *       -H 'Content-Type: application/json' \
         *       https://api.replicate.com/v1/models/stability-ai/sdxl/versions/da77bc59ee60423279fd632efb4795ab731d9e3ca9705ef3341091fb989b7eaf/trainings
         *     ```
         *
         *     The response will be the training object:
         *
         *     ```json
         *     {
         *       "id": "zz4ibbonubfz7carwiefibzgga",
         *       "model": "stability-ai/sdxl",
         *       "version": "da77bc59ee60423279fd632efb4795ab731d9e3ca9705ef3341091fb989b7eaf",
         *       "input": {
         *         "input_images": "https://example.com/my-input-images.zip"
         *       },
         *       "logs": "",
         *       "error": null,
         *       "status": "starting",
         *       "created_at": "2023-09-08T16:32:56.990893084Z",
         *       "urls": {
         *         "web": "https://replicate.com/p/zz4ibbonubfz7carwiefibzgga",
         *          "get": "https://api.replicate.com/v1/predictions/zz4ibbonubfz7carwiefibzgga",
         *          "cancel": "https://api.replicate.com/v1/predictions/zz4ibbonubfz7carwiefibzgga/cancel"
         *       }
         *     }
         *     ```
         *
         *     As models can take several minutes or more to train, the result will not be available immediately. To get the final result of the training you should either provide a `webhook` HTTPS URL for us to call when the results are ready, or poll the [get a training](https://replicate.com/docs/reference/http#trainings.get) endpoint until it has finished.
         *
         *     When a training completes, it creates a new [version](https://replicate.com/docs/how-does-replicate-work#terminology) of the model at the specified destination.
         *
         *     To find some models to train on, check out the [trainable language models collection](https://replicate.com/collections/trainable-language-models).
         */
        post: operations["trainings.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/predictions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List predictions
         * @description Get a paginated list of all predictions created by the user or organization associated with the provided API token.
         *
         *     This will include predictions created from the API and the website. It will return 100 records per page.
         *
         *     Example cURL request:
         *
         *     ```console
         *     curl -s \
         *       -H "Authorization: Bearer $REPLICATE_API_TOKEN" \
         *       https://api.replicate.com/v1/predictions
         *     ```
         *
         *     The response will be a paginated JSON array of prediction objects, sorted with the most recent prediction first:
         *
         *     ```json
         *     {
         *       "next": null,
         *       "previous": null,
         *       "results": [
         *         {
         *           "completed_at": "2023-09-08T16:19:34.791859Z",
         *           "created_at": "2023-09-08T16:19:34.907244Z",
         *           "data_removed": false,
         *           "error": null,
         *           "id": "gm3qorzdhgbfurvjtvhg6dckhu",
         *           "input": {
         *             "text": "Alice"
         *           },
         *           "metrics": {
         *             "predict_time": 0.012683
         *           },
         *           "output": "hello Alice",
         *           "started_at": "2023-09-08T16:19:34.779176Z",
         *           "source": "api",
         *           "status": "succeeded",
         *           "urls": {
         *             "web": "https://replicate.com/p/gm3qorzdhgbfurvjtvhg6dckhu",
         *             "get": "https://api.replicate.com/v1/predictions/gm3qorzdhgbfurvjtvhg6dckhu",
         *             "cancel": "https://api.replicate.com/v1/predictions/gm3qorzdhgbfurvjtvhg6dckhu/cancel"
         *           },
         *           "model": "replicate/hello-world",
         *           "version": "5c7d5dc6dd8bf75c1acaa8565735e7986bc5b66206b55cca93cb72c9bf15ccaa",
         *         }
         *       ]
         *     }
         *     ```
         *
         *     `id` will be the unique ID of the prediction.
         *
         *     `source` will indicate how the prediction was created. Possible values are `web` or `api`.
         *
         *     `status` will be the status of the prediction. Refer to [get a single prediction](https://replicate.com/docs/reference/http#predictions.get) for possible values.
         *
         *     `urls` will be a convenience object that can be used to construct new API requests for the given prediction. If the requested model version supports streaming, this will have a `stream` entry with an HTTPS URL that you can use to construct an [`EventSource`](https://developer.mozilla.org/en-US/docs/Web/API/EventSource).
         *
         *     `model` will be the model identifier string in the format of `{model_owner}/{model_name}`.
         *
         *     `version` will be the unique ID of model version used to create the prediction.
         *
         *     `data_removed` will be `true` if the input and output data has been deleted.
         */
        get: operations["predictions.list"];
        put?: never;
        /**
         * Create a prediction
         * @description Create a prediction for the model version and inputs you provide.
         *
         *     Example cURL request:
         *
         *     ```console
         *     curl -s -X POST -H 'Prefer: wait' \
         *       -d '{"version": "replicate/hello-world:5c7d5dc6dd8bf75c1acaa8565735e7986bc5b66206b55cca93cb72c9bf15ccaa", "input": {"text": "Alice"}}' \
         *       -H "Authorization: Bearer $REPLICATE_API_TOKEN" \
         *       -H 'Content-Type: application/json' \
         *       https://api.replicate.com/v1/predictions
         *     ```
         *
         *     The request will wait up to 60 seconds for the model to run. If this time is exceeded the prediction will be returned in a `"starting"` state and need to be retrieved using the `predictions.get` endpoint.
         *
         *     For a complete overview of the `predictions.create` API check out our documentation on [creating a prediction](https://replicate.com/docs/topics/predictions/create-a-prediction) which covers a variety of use cases.
         */
        post: operations["predictions.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/predictions/{prediction_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a prediction
         * @description Get the current state of a prediction.
         *
         *     Example cURL request:
         *
         *     ```console
         *     curl -s \
         *       -H "Authorization: Bearer $REPLICATE_API_TOKEN" \
         *       https://api.replicate.com/v1/predictions/gm3qorzdhgbfurvjtvhg6dckhu
         *     ```
         *
         *     The response will be the prediction object:
         *
         *     ```json
         *     {
         *       "id": "gm3qorzdhgbfurvjtvhg6dckhu",
         *       "model": "replicate/hello-world",
         *       "version": "5c7d5dc6dd8bf75c1acaa8565735e7986bc5b66206b55cca93cb72c9bf15ccaa",
         *       "input": {
         *         "text": "Alice"
         *       },
         *       "logs": "",
         *       "output": "hello Alice",
         *       "error": null,
         *       "status": "succeeded",
         *       "created_at": "2023-09-08T16:19:34.765994Z",
         *       "source": "api",
         *       "data_removed": false,
         *       "started_at": "2023-09-08T16:19:34.779176Z",
         *       "completed_at": "2023-09-08T16:19:34.791859Z",
         *       "metrics": {
         *         "predict_time": 0.012683
         *       },
         *       "urls": {
         *         "web": "https://replicate.com/p/gm3qorzdhgbfurvjtvhg6dckhu",
         *         "get": "https://api.replicate.com/v1/predictions/gm3qorzdhgbfurvjtvhg6dckhu",
         *         "cancel": "https://api.replicate.com/v1/predictions/gm3qorzdhgbfurvjtvhg6dckhu/cancel"
         *       }
         *     }
         *     ```
         *
         *     `source` will indicate how the prediction was created. Possible values are `web` or `api`.
         *
         *     `status` will be one of:
         *
         *     - `starting`: the prediction is starting up. If this status lasts longer than a few seconds, then it's typically because a new worker is being started to run the prediction.
         *     - `processing`: the `predict()` method of the model is currently running.
         *     - `succeeded`: the prediction completed successfully.
         *     - `failed`: the prediction encountered an error during processing.
         *     - `canceled`: the prediction was canceled by its creator.
         *
         *     In the case of success, `output` will be an object containing the output of the model. Any files will be represented as HTTPS URLs. You'll need to pass the `Authorization` header to request them.
         *
         *     In the case of failure, `error` will contain the error encountered during the prediction.
         *
         *     Terminated predictions (with a status of `succeeded`, `failed`, or `canceled`) will include a `metrics` object with a `predict_time` property showing the amount of CPU or GPU time, in seconds, that the prediction used while running. It won't include time waiting for the prediction to start. The `metrics` object will also include a `total_time` property showing the total time, in seconds, that the prediction took to complete.
         *
         *     All input parameters, output values, and logs are automatically removed after an hour, by default, for predictions created through the API.
         *
         *     You must save a copy of any data or files in the output if you'd like to continue using them. The `output` key will still be present, but it's value will be `null` after the output has been removed.
         *
         *     Output files are served by `replicate.delivery` and its subdomains. If you use an allow list of external domains for your assets, add `replicate.delivery` and `*.replicate.delivery` to it.
         */
        get: operations["predictions.get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/predictions/{prediction_id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a prediction
         * @description Cancel a prediction that is currently running.
         *
         *     Example cURL request that creates a prediction and then cancels it:
         *
         *     ```console
         *     # First, create a prediction
         *     PREDICTION_ID=$(curl -s -X POST \
         *       -H "Authorization: Bearer $REPLICATE_API_TOKEN" \
         *       -H "Content-Type: application/json" \
         *       -d '{
         *         "input": {
         *           "prompt": "a video that may take a while to generate"
         *         }
         *       }' \
         *       https://api.replicate.com/v1/models/minimax/video-01/predictions | jq -r '.id')
         *
         *     # Echo the prediction ID
         *     echo "Created prediction with ID: $PREDICTION_ID"
         *
         *     # Cancel the prediction
         *     curl -s -X POST \
         *       -H "Authorization: Bearer $REPLICATE_API_TOKEN" \
         *       https://api.replicate.com/v1/predictions/$PREDICTION_ID/cancel
         *     ```
         */
        post: operations["predictions.cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search models, collections, and docs (beta)
         * @description Search for public models, collections, and docs using a text query.
         *
         *     For models, the response includes all model data, plus a new `metadata` object with the following fields:
         *
         *     - `generated_description`: A longer and more detailed AI-generated description of the model
         *     - `tags`: An array of tags for the model
         *     - `score`: A score for the model's relevance to the search query
         *
         *     Example cURL request:
         *
         *     ```console
         *     curl -s \
         *       -H "Authorization: Bearer $REPLICATE_API_TOKEN" \
         *       "https://api.replicate.com/v1/search?query=nano+banana"
         *     ```
         *
         *     Note: This search API is currently in beta and may change in future versions.
         */
        get: operations["search"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/trainings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List trainings
         * @description Get a paginated list of all trainings created by the user or organization associated with the provided API token.
         *
         *     This will include trainings created from the API and the website. It will return 100 records per page.
         *
         *     Example cURL request:
         *
         *     ```console
         *     curl -s \
         *       -H "Authorization: Bearer $REPLICATE_API_TOKEN" \
         *       https://api.replicate.com/v1/trainings
         *     ```
         *
         *     The response will be a paginated JSON array of training objects, sorted with the most recent training first:
         *
         *     ```json
         *     {
         *       "next": null,
         *       "previous": null,
         *       "results": [
         *         {
         *           "completed_at": "2023-09-08T16:41:19.826523Z",
         *           "created_at": "2023-09-08T16:32:57.018467Z",
         *           "error": null,
         *           "id": "zz4ibbonubfz7carwiefibzgga",
         *           "input": {
         *             "input_images": "https://example.com/my-input-images.zip"
         *           },
         *           "metrics": {
         *             "predict_time": 502.713876
         *           },
         *           "output": {
         *             "version": "...",
         *             "weights": "..."
         *           },
         *           "started_at": "2023-09-08T16:32:57.112647Z",
         *           "source": "api",
         *           "status": "succeeded",
         *           "urls": {
         *             "web": "https://replicate.com/p/zz4ibbonubfz7carwiefibzgga",
         *             "get": "https://api.replicate.com/v1/trainings/zz4ibbonubfz7carwiefibzgga",
         *             "cancel": "https://api.replicate.com/v1/trainings/zz4ibbonubfz7carwiefibzgga/cancel"
         *           },
         *           "model": "stability-ai/sdxl",
         *           "version": "da77bc59ee60423279fd632efb4795ab731d9e3ca9705ef3341091fb989b7eaf",
         *         }
         *       ]
         *     }
         *     ```
         *
         *     `id` will be the unique ID of the training.
         *
         *     `source` will indicate how the training was created. Possible values are `web` or `api`.
         *
         *     `status` will be the status of the training. Refer to [get a single training](https://replicate.com/docs/reference/http#trainings.get) for possible values.
         *
         *     `urls` will be a convenience object that can be used to construct new API requests for the given training.
         *
         *     `version` will be the unique ID of model version used to create the training.
         */
        get: operations["trainings.list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/trainings/{training_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a training
         * @description Get the current state of a training.
         *
         *     Example cURL request:
         *
         *     ```console
         *     curl -s \
         *       -H "Authorization: Bearer $REPLICATE_API_TOKEN" \
         *       https://api.replicate.com/v1/trainings/zz4ibbonubfz7carwiefibzgga
         *     ```
         *
         *     The response will be the training object:
         *
         *     ```json
         *     {
         *       "completed_at": "2023-09-08T16:41:19.826523Z",
         *       "created_at": "2023-09-08T16:32:57.018467Z",
         *       "error": null,
         *       "id": "zz4ibbonubfz7carwiefibzgga",
         *       "input": {
         *         "input_images": "https://example.com/my-input-images.zip"
         *       },
         *       "logs": "...",
         *       "metrics": {
         *         "predict_time": 502.713876
         *       },
         *       "output": {
         *         "version": "...",
         *         "weights": "..."
         *       },
         *       "started_at": "2023-09-08T16:32:57.112647Z",
         *       "status": "succeeded",
         *       "urls": {
         *         "web": "https://replicate.com/p/zz4ibbonubfz7carwiefibzgga",
         *         "get": "https://api.replicate.com/v1/trainings/zz4ibbonubfz7carwiefibzgga",
         *         "cancel": "https://api.replicate.com/v1/trainings/zz4ibbonubfz7carwiefibzgga/cancel"
         *       },
         *       "model": "stability-ai/sdxl",
         *       "version": "da77bc59ee60423279fd632efb4795ab731d9e3ca9705ef3341091fb989b7eaf",
         *     }
         *     ```
         *
         *     `status` will be one of:
         *
         *     - `starting`: the training is starting up. If this status lasts longer than a few seconds, then it's typically because a new worker is being started to run the training.
         *     - `processing`: the `train()` method of the model is currently running.
         *     - `succeeded`: the training completed successfully.
         *     - `failed`: the training encountered an error during processing.
         *     - `canceled`: the training was canceled by its creator.
         *
         *     In the case of success, `output` will be an object containing the output of the model. Any files will be represented as HTTPS URLs. You'll need to pass the `Authorization` header to request them.
         *
         *     In the case of failure, `error` will contain the error encountered during the training.
         *
         *     Terminated trainings (with a status of `succeeded`, `failed`, or `canceled`) will include a `metrics` object with a `predict_time` property showing the amount of CPU or GPU time, in seconds, that the training used while running. It won't include time waiting for the training to start. The `metrics` object will also include a `total_time` property showing the total time, in seconds, that the training took to complete.
         */
        get: operations["trainings.get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/trainings/{training_id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a training */
        post: operations["trainings.cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/default/secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the signing secret for the default webhook
         * @description Get the signing secret for the default webhook endpoint. This is used to verify that webhook requests are coming from Replicate.
         *
         *     Example cURL request:
         *
         *     ```console
         *     curl -s \
         *       -H "Authorization: Bearer $REPLICATE_API_TOKEN" \
         *       https://api.replicate.com/v1/webhooks/default/secret
         *     ```
         *
         *     The response will be a JSON object with a `key` property:
         *
         *     ```json
         *     {
         *       "key": "..."
         *     }
         *     ```
         */
        get: operations["webhooks.default.secret.get"];
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
        SchemasCollectionListItem: {
            /** @description A description of the collection */
            description: string;
            /** @description The name of the collection */
            name: string;
            /** @description The slug of the collection (lowercase with dashes) */
            slug: string;
        };
        SchemasCollectionResponse: {
            /** @description A description of the collection */
            description: string;
            /** @description The full description of the collection in markdown format */
            full_description?: string | null;
            /** @description The models in this collection */
            models: components["schemas"]["SchemasModelResponse"][];
            /** @description The name of the collection */
            name: string;
            /** @description The slug of the collection (lowercase with dashes) */
            slug: string;
        };
        SchemasDeploymentResponse: {
            current_release?: {
                configuration?: {
                    /** @description The SKU for the hardware used to run the model. */
                    hardware?: string;
                    /** @description The maximum number of instances for scaling. */
                    max_instances?: number;
                    /** @description The minimum number of instances for scaling. */
                    min_instances?: number;
                };
                /**
                 * Format: date-time
                 * @description The time the release was created.
                 */
                created_at?: string;
                created_by?: {
                    /**
                     * Format: uri
                     * @description The avatar URL for the account that created the release.
                     */
                    avatar_url?: string;
                    /**
                     * Format: uri
                     * @description The GitHub URL of the account that created the release.
                     */
                    github_url?: string;
                    /** @description The name of the account that created the release. */
                    name?: string;
                    /**
                     * @description The account type of the creator. Can be a user or an organization.
                     * @enum {string}
                     */
                    type: "organization" | "user";
                    /** @description The username of the account that created the release. */
                    username: string;
                };
                /** @description The model identifier string in the format of `{model_owner}/{model_name}`. */
                model?: string;
                /** @description The release number. */
                number?: number;
                /** @description The ID of the model version used in the release. */
                version?: string;
            };
            /** @description The name of the deployment. */
            name?: string;
            /** @description The owner of the deployment. */
            owner?: string;
        };
        /** @description A file resource */
        SchemasFileResponse: {
            /** @description A dictionary of checksums for the file keyed by the algorithm name */
            checksums: {
                /**
                 * @description SHA256 checksum of the file
                 * @example f047f8e745f9996c6e386064e06cb2007b8e6bc0a968a334fc0d2b2d64012066
                 */
                sha256?: string;
            };
            /**
             * @description The content / MIME type of the file
             * @example application/zip
             */
            content_type: string;
            /**
             * Format: date-time
             * @description When the file was created
             * @example 2024-02-21T12:54:18.578761Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @description When the file expires
             * @example 2024-02-21T13:54:18.578761Z
             */
            expires_at: string;
            /**
             * @description A unique, randomly-generated identifier for the file resource
             * @example cneqzikepnug6xezperrr4z55o
             */
            id: string;
            /**
             * @description Metadata provided by user when the file was created
             * @example {
             *       "customer_reference_id": 123
             *     }
             */
            metadata: Record<string, unknown>;
            /**
             * @description The length of the file in bytes
             * @example 69420
             */
            size: number;
            /** @description A dictionary of URLs associated with the file resource */
            urls: {
                /**
                 * Format: uri
                 * @description A URL to the file resource
                 * @example https://api.replicate.com/v1/files/cneqzikepnug6xezperrr4z55o
                 */
                get?: string;
            };
        };
        SchemasModelResponse: {
            /**
             * Format: uri
             * @description A URL for the model's cover image
             */
            cover_image_url?: string | null;
            /** @description The model's default example prediction */
            default_example?: Record<string, unknown> | null;
            /** @description A description of the model */
            description?: string | null;
            /**
             * Format: uri
             * @description A URL for the model's source code on GitHub
             */
            github_url?: string | null;
            /** @description Boolean indicating whether the model is officially maintained by Replicate. Official models are always on, have stable API interfaces, and predictable pricing. */
            is_official?: boolean;
            /** @description The model's latest version */
            latest_version?: Record<string, unknown> | null;
            /**
             * Format: uri
             * @description A URL for the model's license
             */
            license_url?: string | null;
            /** @description The name of the model */
            name?: string;
            /** @description The name of the user or organization that owns the model */
            owner?: string;
            /**
             * Format: uri
             * @description A URL for the model's paper
             */
            paper_url?: string | null;
            /** @description The number of times the model has been run */
            run_count?: number;
            /**
             * Format: uri
             * @description The URL of the model on Replicate
             */
            url?: string;
            /**
             * @description Whether the model is public or private
             * @enum {string}
             */
            visibility?: "public" | "private";
        };
        SchemasPageResponse: {
            /** @description URL path to the page */
            href: string;
            /** @description Title of the page */
            name: string;
        };
        SchemasPaginatedCollectionResponse: {
            /** @description A URL pointing to the next page of collection objects, if any */
            next?: string | null;
            /** @description A URL pointing to the previous page of collection objects, if any */
            previous?: string | null;
            /** @description An array of collection objects */
            results?: components["schemas"]["SchemasCollectionListItem"][];
        };
        SchemasPaginatedModelResponse: {
            /** @description A URL pointing to the next page of model objects, if any */
            next?: string | null;
            /** @description A URL pointing to the previous page of model objects, if any */
            previous?: string | null;
            /** @description An array of model objects */
            results?: components["schemas"]["SchemasModelResponse"][];
        };
        SchemasPaginatedPredictionResponse: {
            /** @description A URL pointing to the next page of prediction objects, if any */
            next?: string | null;
            /** @description A URL pointing to the previous page of prediction objects, if any */
            previous?: string | null;
            /** @description An array of prediction objects */
            results?: components["schemas"]["SchemasPredictionResponse"][];
        };
        SchemasPaginatedVersionResponse: {
            /** @description A URL pointing to the next page of version objects, if any */
            next?: string | null;
            /** @description A URL pointing to the previous page of version objects, if any */
            previous?: string | null;
            /** @description An array of version objects */
            results?: components["schemas"]["SchemasVersionResponse"][];
        };
        SchemasPredictionRequest: {
            /**
             * @description The model's input as a JSON object. The input schema depends on what model you are running. To see the available inputs, click the "API" tab on the model you are running or [get the model version](https://replicate.com/docs/reference/http#models.versions.get) and look at its `openapi_schema` property. For example, [stability-ai/sdxl](https://replicate.com/stability-ai/sdxl) takes `prompt` as an input.
             *
             *     Files should be passed as HTTP URLs or data URLs.
             *
             *     Use an HTTP URL when:
             *
             *     - you have a large file > 256kb
             *     - you want to be able to use the file multiple times
             *     - you want your prediction metadata to be associable with your input files
             *
             *     Use a data URL when:
             *
             *     - you have a small file <= 256kb
             *     - you don't want to upload and host the file somewhere
             *     - you don't need to use the file again (Replicate will not store it)
             * @example {
             *       "prompt": "Tell me a joke",
             *       "system_prompt": "You are a helpful assistant"
             *     }
             */
            input: {
                [key: string]: unknown;
            };
            /**
             * @description **This field is deprecated.**
             *
             *     Request a URL to receive streaming output using [server-sent events (SSE)](https://developer.mozilla.org/en-US/docs/Web/API/Server-sent_events).
             *
             *     This field is no longer needed as the returned prediction will always have a `stream` entry in its `urls` property if the model supports streaming.
             */
            stream?: boolean;
            /**
             * @description An HTTPS URL for receiving a webhook when the prediction has new output. The webhook will be a POST request where the request body is the same as the response body of the [get prediction](https://replicate.com/docs/reference/http#predictions.get) operation. If there are network problems, we will retry the webhook a few times, so make sure it can be safely called more than once. Replicate will not follow redirects when sending webhook requests to your service, so be sure to specify a URL that will resolve without redirecting.
             * @example https://example.com/my-webhook-handler
             */
            webhook?: string;
            /**
             * @description By default, we will send requests to your webhook URL whenever there are new outputs or the prediction has finished. You can change which events trigger webhook requests by specifying `webhook_events_filter` in the prediction request:
             *
             *     - `start`: immediately on prediction start
             *     - `output`: each time a prediction generates an output (note that predictions can generate multiple outputs)
             *     - `logs`: each time log output is generated by a prediction
             *     - `completed`: when the prediction reaches a terminal state (succeeded/canceled/failed)
             *
             *     For example, if you only wanted requests to be sent at the start and end of the prediction, you would provide:
             *
             *     ```json
             *     {
             *       "input": {
             *         "text": "Alice"
             *       },
             *       "webhook": "https://example.com/my-webhook",
             *       "webhook_events_filter": ["start", "completed"]
             *     }
             *     ```
             *
             *     Requests for event types `output` and `logs` will be sent at most once every 500ms. If you request `start` and `completed` webhooks, then they'll always be sent regardless of throttling.
             * @example [
             *       "start",
             *       "completed"
             *     ]
             */
            webhook_events_filter?: ("start" | "output" | "logs" | "completed")[];
        };
        SchemasPredictionResponse: {
            /**
             * Format: date-time
             * @description The time that the model completed the prediction and all outputs were uploaded
             */
            completed_at?: string;
            /**
             * Format: date-time
             * @description The time that the prediction was created
             */
            created_at: string;
            /** @description Whether the prediction output has been deleted */
            data_removed: boolean;
            /**
             * Format: date-time
             * @description The absolute time at which the prediction will be automatically canceled if it has not completed
             */
            deadline?: string;
            /** @description The name of the deployment that created the prediction */
            deployment?: string;
            /** @description An error string if the model status is `"failed"` */
            error: string | null;
            id: string;
            /** @description The prediction input */
            input: {
                [key: string]: unknown;
            };
            /** @description The log output from the model */
            logs?: string;
            /** @description Additional metrics associated with the prediction */
            metrics?: {
                /** @description The total time, in seconds, that the prediction took to complete */
                total_time?: number;
            } & {
                [key: string]: unknown;
            };
            /** @description The name of the model that created the prediction */
            model: string;
            /** @description The prediction output, which can be any JSON-serializable value, depending on the model */
            output: unknown;
            /**
             * @description Indicates how the prediction was created
             * @enum {string}
             */
            source?: "web" | "api";
            /**
             * Format: date-time
             * @description The time that the model began the prediction
             */
            started_at?: string;
            /**
             * @description The prediction status. `canceled` means the prediction was canceled (either by the user or because it reached its deadline while running). `aborted` means the prediction was terminated before it started running (for example, when a deadline is reached before the prediction starts).
             * @enum {string}
             */
            status: "starting" | "processing" | "succeeded" | "failed" | "canceled" | "aborted";
            /** @description URLs for working with the prediction */
            urls: {
                /**
                 * Format: uri
                 * @description Cancel the prediction via API
                 */
                cancel: string;
                /**
                 * Format: uri
                 * @description Retrieve the latest state of the prediction via API
                 */
                get: string;
                /**
                 * Format: uri
                 * @description An event source to stream the output of the prediction via API
                 */
                stream?: string;
                /**
                 * Format: uri
                 * @description View the prediction in a browser
                 */
                web: string;
            };
            version: string | "hidden";
        };
        SchemasSearchCollectionResponse: {
            /** @description A description of the collection */
            description: string;
            /** @description Array of model names in the collection */
            models?: string[] | null;
            /** @description The name of the collection */
            name: string;
            /** @description The slug of the collection (lowercase with dashes) */
            slug: string;
        };
        SchemasSearchModelMetadataResponse: {
            /** @description AI-generated detailed description of the model */
            generated_description?: string | null;
            /** @description Search relevance score */
            score?: number | null;
            /** @description Array of descriptive tags for the model */
            tags?: string[];
        };
        SchemasSearchResponse: {
            /** @description Array of collections that match the search query */
            collections: components["schemas"]["SchemasSearchCollectionResponse"][];
            /** @description Array of models that match the search query, each containing model data and extra metadata */
            models: {
                metadata: components["schemas"]["SchemasSearchModelMetadataResponse"];
                model: components["schemas"]["SchemasModelResponse"];
            }[];
            /** @description Array of Replicate documentation pages that match the search query */
            pages: components["schemas"]["SchemasPageResponse"][];
            /** @description The search term that was evaluated */
            query: string;
        };
        SchemasTrainingRequest: {
            /** @description A string representing the desired model to push to in the format `{destination_model_owner}/{destination_model_name}`. This should be an existing model owned by the user or organization making the API request. If the destination is invalid, the server will return an appropriate 4XX response. */
            destination: string;
            /** @description An object containing inputs to the Cog model's `train()` function. */
            input: {
                [key: string]: unknown;
            };
            /** @description An HTTPS URL for receiving a webhook when the training completes. The webhook will be a POST request where the request body is the same as the response body of the [get training](https://replicate.com/docs/reference/http#trainings.get) operation. If there are network problems, we will retry the webhook a few times, so make sure it can be safely called more than once. Replicate will not follow redirects when sending webhook requests to your service, so be sure to specify a URL that will resolve without redirecting. */
            webhook?: string;
            /**
             * @description By default, we will send requests to your webhook URL whenever there are new outputs or the training has finished. You can change which events trigger webhook requests by specifying `webhook_events_filter` in the training request:
             *
             *     - `start`: immediately on training start
             *     - `output`: each time a training generates an output (note that trainings can generate multiple outputs)
             *     - `logs`: each time log output is generated by a training
             *     - `completed`: when the training reaches a terminal state (succeeded/canceled/failed)
             *
             *     For example, if you only wanted requests to be sent at the start and end of the training, you would provide:
             *
             *     ```json
             *     {
             *       "destination": "my-organization/my-model",
             *       "input": {
             *         "text": "Alice"
             *       },
             *       "webhook": "https://example.com/my-webhook",
             *       "webhook_events_filter": ["start", "completed"]
             *     }
             *     ```
             *
             *     Requests for event types `output` and `logs` will be sent at most once every 500ms. If you request `start` and `completed` webhooks, then they'll always be sent regardless of throttling.
             */
            webhook_events_filter?: ("start" | "output" | "logs" | "completed")[];
        };
        SchemasTrainingResponse: {
            /**
             * Format: date-time
             * @description The time when the training completed
             */
            completed_at?: string;
            /**
             * Format: date-time
             * @description The time when the training was created
             */
            created_at?: string;
            /** @description Error message if the training failed */
            error?: string | null;
            /** @description The unique ID of the training */
            id?: string;
            /** @description The input parameters used for the training */
            input?: {
                [key: string]: unknown;
            };
            /** @description The logs from the training process */
            logs?: string;
            /** @description Metrics about the training process */
            metrics?: {
                /** @description The amount of CPU or GPU time, in seconds, that the training used while running */
                predict_time?: number;
                /** @description The total time, in seconds, that the training took to complete */
                total_time?: number;
            };
            /** @description The name of the model in the format owner/name */
            model?: string;
            /** @description The output of the training process */
            output?: {
                /** @description The version of the model created by the training */
                version?: string;
                /** @description The weights of the trained model */
                weights?: string;
            };
            /**
             * @description How the training was created
             * @enum {string}
             */
            source?: "web" | "api";
            /**
             * Format: date-time
             * @description The time when the training started
             */
            started_at?: string;
            /**
             * @description The current status of the training. `canceled` means the training was canceled (either by the user or because it reached its deadline while running). `aborted` means the training was terminated before it started running (for example, when a deadline is reached before the training starts).
             * @enum {string}
             */
            status?: "starting" | "processing" | "succeeded" | "failed" | "canceled" | "aborted";
            /** @description URLs for interacting with the training */
            urls?: {
                /**
                 * Format: uri
                 * @description URL to cancel the training
                 */
                cancel?: string;
                /**
                 * Format: uri
                 * @description URL to get the training details
                 */
                get?: string;
            };
            /** @description The ID of the model version used for training */
            version?: string;
        };
        SchemasVersionPredictionRequest: {
            /**
             * @description The model's input as a JSON object. The input schema depends on what model you are running. To see the available inputs, click the "API" tab on the model you are running or [get the model version](https://replicate.com/docs/reference/http#models.versions.get) and look at its `openapi_schema` property. For example, [stability-ai/sdxl](https://replicate.com/stability-ai/sdxl) takes `prompt` as an input.
             *
             *     Files should be passed as HTTP URLs or data URLs.
             *
             *     Use an HTTP URL when:
             *
             *     - you have a large file > 256kb
             *     - you want to be able to use the file multiple times
             *     - you want your prediction metadata to be associable with your input files
             *
             *     Use a data URL when:
             *
             *     - you have a small file <= 256kb
             *     - you don't want to upload and host the file somewhere
             *     - you don't need to use the file again (Replicate will not store it)
             * @example {
             *       "text": "Alice"
             *     }
             */
            input: {
                [key: string]: unknown;
            };
            /**
             * @description **This field is deprecated.**
             *
             *     Request a URL to receive streaming output using [server-sent events (SSE)](https://developer.mozilla.org/en-US/docs/Web/API/Server-sent_events).
             *
             *     This field is no longer needed as the returned prediction will always have a `stream` entry in its `urls` property if the model supports streaming.
             */
            stream?: boolean;
            /**
             * @description The identifier for the model or model version that you want to run. This can be specified in a few different formats:
             *
             *     - `{owner_name}/{model_name}` - Use this format for [official models](https://replicate.com/docs/topics/models/official-models). For example, `black-forest-labs/flux-schnell`. For all other models, the specific version is required.
             *     - `{owner_name}/{model_name}:{version_id}` - The owner and model name, plus the full 64-character version ID. For example, `replicate/hello-world:9dcd6d78e7c6560c340d916fe32e9f24aabfa331e5cce95fe31f77fb03121426`.
             *     - `{version_id}` - Just the 64-character version ID. For example, `9dcd6d78e7c6560c340d916fe32e9f24aabfa331e5cce95fe31f77fb03121426`
             * @example replicate/hello-world:9dcd6d78e7c6560c340d916fe32e9f24aabfa331e5cce95fe31f77fb03121426
             */
            version: string;
            /**
             * @description An HTTPS URL for receiving a webhook when the prediction has new output. The webhook will be a POST request where the request body is the same as the response body of the [get prediction](https://replicate.com/docs/reference/http#predictions.get) operation. If there are network problems, we will retry the webhook a few times, so make sure it can be safely called more than once. Replicate will not follow redirects when sending webhook requests to your service, so be sure to specify a URL that will resolve without redirecting.
             * @example https://example.com/my-webhook-handler
             */
            webhook?: string;
            /**
             * @description By default, we will send requests to your webhook URL whenever there are new outputs or the prediction has finished. You can change which events trigger webhook requests by specifying `webhook_events_filter` in the prediction request:
             *
             *     - `start`: immediately on prediction start
             *     - `output`: each time a prediction generates an output (note that predictions can generate multiple outputs)
             *     - `logs`: each time log output is generated by a prediction
             *     - `completed`: when the prediction reaches a terminal state (succeeded/canceled/failed)
             *
             *     For example, if you only wanted requests to be sent at the start and end of the prediction, you would provide:
             *
             *     ```json
             *     {
             *       "version": "5c7d5dc6dd8bf75c1acaa8565735e7986bc5b66206b55cca93cb72c9bf15ccaa",
             *       "input": {
             *         "text": "Alice"
             *       },
             *       "webhook": "https://example.com/my-webhook",
             *       "webhook_events_filter": ["start", "completed"]
             *     }
             *     ```
             *
             *     Requests for event types `output` and `logs` will be sent at most once every 500ms. If you request `start` and `completed` webhooks, then they'll always be sent regardless of throttling.
             * @example [
             *       "start",
             *       "completed"
             *     ]
             */
            webhook_events_filter?: ("start" | "output" | "logs" | "completed")[];
        };
        SchemasVersionResponse: {
            /** @description The version of Cog used to create this version */
            cog_version?: string | null;
            /**
             * Format: date-time
             * @description The date and time the version was created
             */
            created_at?: string;
            /** @description The ID of the version */
            id?: string;
            /** @description The OpenAPI schema for the model's inputs and outputs */
            openapi_schema?: Record<string, unknown> | null;
        };
    };
    responses: never;
    parameters: {
        /**
         * @description The maximum time the prediction can run before it is automatically canceled. The lifetime is measured from when the prediction is created.
         *
         *     The duration can be specified as string with an optional unit suffix:
         *     - `s` for seconds (e.g., `30s`, `90s`)
         *     - `m` for minutes (e.g., `5m`, `15m`)
         *     - `h` for hours (e.g., `1h`, `2h30m`)
         *     - defaults to seconds if no unit suffix is provided (e.g. `30` is the same as `30s`)
         *
         *     You can combine units for more precision (e.g., `1h30m45s`).
         *
         *     The minimum allowed duration is 5 seconds.
         */
        parameters_cancel_after_header: string;
        /**
         * @description Leave the request open and wait for the model to finish generating output. Set to `wait=n` where n is a number of seconds between 1 and 60.
         *
         *     See [sync mode](https://replicate.com/docs/topics/predictions/create-a-prediction#sync-mode) for more information.
         */
        parameters_prefer_header: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    "account.get": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uri
                         * @description The avatar URL for the account.
                         */
                        avatar_url?: string;
                        /**
                         * Format: uri
                         * @description The GitHub URL of the account.
                         */
                        github_url?: string;
                        /** @description The name of the account. */
                        name?: string;
                        /**
                         * @description The account type. Can be a user or an organization.
                         * @enum {string}
                         */
                        type: "organization" | "user";
                        /** @description The username of the account. */
                        username: string;
                    };
                };
            };
        };
    };
    "collections.list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchemasPaginatedCollectionResponse"];
                };
            };
        };
    };
    "collections.get": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The slug of the collection, like `super-resolution` or `image-restoration`. See [replicate.com/collections](https://replicate.com/collections). */
                collection_slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchemasCollectionResponse"];
                };
            };
        };
    };
    "deployments.list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A URL pointing to the next page of deployment objects if any */
                        next?: string | null;
                        /** @description A URL pointing to the previous page of deployment objects if any */
                        previous?: string | null;
                        /** @description An array containing a page of deployment objects */
                        results?: components["schemas"]["SchemasDeploymentResponse"][];
                    };
                };
            };
        };
    };
    "deployments.create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The SKU for the hardware used to run the model. Possible values can be retrieved from the `hardware.list` endpoint. */
                    hardware: string;
                    /** @description The maximum number of instances for scaling. */
                    max_instances: number;
                    /** @description The minimum number of instances for scaling. */
                    min_instances: number;
                    /** @description The full name of the model that you want to deploy e.g. stability-ai/sdxl. */
                    model: string;
                    /** @description The name of the deployment. */
                    name: string;
                    /** @description The 64-character string ID of the model version that you want to deploy. */
                    version: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchemasDeploymentResponse"];
                };
            };
        };
    };
    "deployments.get": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The name of the user or organization that owns the deployment. */
                deployment_owner: string;
                /** @description The name of the deployment. */
                deployment_name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchemasDeploymentResponse"];
                };
            };
        };
    };
    "deployments.delete": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The name of the user or organization that owns the deployment. */
                deployment_owner: string;
                /** @description The name of the deployment. */
                deployment_name: string;
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
        };
    };
    "deployments.update": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The name of the user or organization that owns the deployment. */
                deployment_owner: string;
                /** @description The name of the deployment. */
                deployment_name: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /** @description The SKU for the hardware used to run the model. Possible values can be retrieved from the `hardware.list` endpoint. */
                    hardware?: string;
                    /** @description The maximum number of instances for scaling. */
                    max_instances?: number;
                    /** @description The minimum number of instances for scaling. */
                    min_instances?: number;
                    /** @description The ID of the model version that you want to deploy */
                    version?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchemasDeploymentResponse"];
                };
            };
        };
    };
    "deployments.predictions.create": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Leave the request open and wait for the model to finish generating output. Set to `wait=n` where n is a number of seconds between 1 and 60.
                 *
                 *     See [sync mode](https://replicate.com/docs/topics/predictions/create-a-prediction#sync-mode) for more information.
                 */
                Prefer?: components["parameters"]["parameters_prefer_header"];
                /**
                 * @description The maximum time the prediction can run before it is automatically canceled. The lifetime is measured from when the prediction is created.
                 *
                 *     The duration can be specified as string with an optional unit suffix:
                 *     - `s` for seconds (e.g., `30s`, `90s`)
                 *     - `m` for minutes (e.g., `5m`, `15m`)
                 *     - `h` for hours (e.g., `1h`, `2h30m`)
                 *     - defaults to seconds if no unit suffix is provided (e.g. `30` is the same as `30s`)
                 *
                 *     You can combine units for more precision (e.g., `1h30m45s`).
                 *
                 *     The minimum allowed duration is 5 seconds.
                 */
                "Cancel-After"?: components["parameters"]["parameters_cancel_after_header"];
            };
            path: {
                /** @description The name of the user or organization that owns the deployment. */
                deployment_owner: string;
                /** @description The name of the deployment. */
                deployment_name: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["SchemasPredictionRequest"];
            };
        };
        responses: {
            /** @description Prediction has been created. If the `Prefer: wait` header is provided it will contain the final output. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchemasPredictionResponse"];
                };
            };
            /** @description Prediction has been created but does not yet have all outputs */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchemasPredictionResponse"];
                };
            };
        };
    };
    "files.list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uri */
                        next?: string | null;
                        /** Format: uri */
                        previous?: string | null;
                        results?: components["schemas"]["SchemasFileResponse"][];
                    };
                };
            };
        };
    };
    "files.create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description The file content
                     */
                    content: Blob;
                    /** @description The filename */
                    filename?: string;
                    /**
                     * @description User-provided metadata associated with the file
                     * @default {}
                     */
                    metadata?: Record<string, unknown>;
                    /**
                     * @description The content / MIME type for the file
                     * @default application/octet-stream
                     */
                    type?: string;
                };
            };
        };
        responses: {
            /** @description File has been created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchemasFileResponse"];
                };
            };
            /** @description Content Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example Files must be less than 100MB in size */
                        detail?: string;
                    };
                };
            };
        };
    };
    "files.get": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the file to get */
                file_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchemasFileResponse"];
                };
            };
            /** @description File not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example File not found */
                        detail?: string;
                    };
                };
            };
        };
    };
    "files.delete": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the file to delete */
                file_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description File has been deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description File not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example File not found */
                        detail?: string;
                    };
                };
            };
        };
    };
    "files.download": {
        parameters: {
            query: {
                /** @description The username of the user or organization that uploaded the file */
                owner: string;
                /** @description A Unix timestamp with expiration date of this download URL */
                expiry: number;
                /** @description A base64-encoded HMAC-SHA256 checksum of the string '{owner} {id} {expiry}' generated with the Files API signing secret */
                signature: string;
            };
            header?: never;
            path: {
                /** @description The ID of the file to download */
                file_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": Blob;
                };
            };
            /** @description File not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @example File not found */
                        detail?: string;
                    };
                };
            };
        };
    };
    "hardware.list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The name of the hardware. */
                        name?: string;
                        /** @description The SKU of the hardware. */
                        sku?: string;
                    }[];
                };
            };
        };
    };
    "models.list": {
        parameters: {
            query?: {
                /** @description Field to sort models by. Defaults to `latest_version_created_at`. */
                sort_by?: "model_created_at" | "latest_version_created_at";
                /** @description Sort direction. Defaults to `desc` (descending, newest first). */
                sort_direction?: "asc" | "desc";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchemasPaginatedModelResponse"];
                };
            };
        };
    };
    "models.create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description A URL for the model's cover image. This should be an image file. */
                    cover_image_url?: string;
                    /**
                     * @description A description of the model.
                     * @example Detect hot dogs in images
                     */
                    description?: string;
                    /**
                     * @description A URL for the model's source code on GitHub.
                     * @example https://github.com/alice/hot-dog-detector
                     */
                    github_url?: string;
                    /**
                     * @description The SKU for the hardware used to run the model. Possible values can be retrieved from the `hardware.list` endpoint.
                     * @example cpu
                     */
                    hardware: string;
                    /** @description A URL for the model's license. */
                    license_url?: string;
                    /**
                     * @description The name of the model. This must be unique among all models owned by the user or organization.
                     * @example hot-dog-detector
                     */
                    name: string;
                    /**
                     * @description The name of the user or organization that will own the model. This must be the same as the user or organization that is making the API request. In other words, the API token used in the request must belong to this user or organization.
                     * @example alice
                     */
                    owner: string;
                    /**
                     * @description A URL for the model's paper.
                     * @example https://arxiv.org/abs/2504.17639
                     */
                    paper_url?: string;
                    /**
                     * @description Whether the model should be public or private. A public model can be viewed and run by anyone, whereas a private model can be viewed and run only by the user or organization members that own the model.
                     * @example public
                     * @enum {string}
                     */
                    visibility: "public" | "private";
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchemasModelResponse"];
                };
            };
        };
    };
    "models.get": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The name of the user or organization that owns the model. */
                model_owner: string;
                /** @description The name of the model. */
                model_name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchemasModelResponse"];
                };
            };
        };
    };
    "models.delete": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The name of the user or organization that owns the model. */
                model_owner: string;
                /** @description The name of the model. */
                model_name: string;
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
        };
    };
    "models.update": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The name of the user or organization that owns the model. */
                model_owner: string;
                /** @description The name of the model. */
                model_name: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /**
                     * @description A description of the model.
                     * @example Detect hot dogs in images
                     */
                    description?: string;
                    /**
                     * @description A URL for the model's source code on GitHub.
                     * @example https://github.com/alice/hot-dog-detector
                     */
                    github_url?: string;
                    /** @description A URL for the model's license. */
                    license_url?: string;
                    /**
                     * @description A URL for the model's paper.
                     * @example https://arxiv.org/abs/2504.17639
                     */
                    paper_url?: string;
                    /**
                     * @description The README content of the model.
                     * @example # Updated README
                     *
                     *     New content here
                     */
                    readme?: string;
                    /**
                     * @description A URL for the model's weights.
                     * @example https://huggingface.co/alice/hot-dog-detector
                     */
                    weights_url?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchemasModelResponse"];
                };
            };
        };
    };
    "models.examples.list": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The name of the user or organization that owns the model. */
                model_owner: string;
                /** @description The name of the model. */
                model_name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchemasPaginatedPredictionResponse"];
                };
            };
        };
    };
    "models.predictions.create": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Leave the request open and wait for the model to finish generating output. Set to `wait=n` where n is a number of seconds between 1 and 60.
                 *
                 *     See [sync mode](https://replicate.com/docs/topics/predictions/create-a-prediction#sync-mode) for more information.
                 */
                Prefer?: components["parameters"]["parameters_prefer_header"];
                /**
                 * @description The maximum time the prediction can run before it is automatically canceled. The lifetime is measured from when the prediction is created.
                 *
                 *     The duration can be specified as string with an optional unit suffix:
                 *     - `s` for seconds (e.g., `30s`, `90s`)
                 *     - `m` for minutes (e.g., `5m`, `15m`)
                 *     - `h` for hours (e.g., `1h`, `2h30m`)
                 *     - defaults to seconds if no unit suffix is provided (e.g. `30` is the same as `30s`)
                 *
                 *     You can combine units for more precision (e.g., `1h30m45s`).
                 *
                 *     The minimum allowed duration is 5 seconds.
                 */
                "Cancel-After"?: components["parameters"]["parameters_cancel_after_header"];
            };
            path: {
                /** @description The name of the user or organization that owns the model. */
                model_owner: string;
                /** @description The name of the model. */
                model_name: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["SchemasPredictionRequest"];
            };
        };
        responses: {
            /** @description Prediction has been created. If the `Prefer: wait` header is provided it will contain the final output. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchemasPredictionResponse"];
                };
            };
            /** @description Prediction has been created but does not yet have all outputs */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchemasPredictionResponse"];
                };
            };
        };
    };
    "models.readme.get": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The name of the user or organization that owns the model. */
                model_owner: string;
                /** @description The name of the model. */
                model_name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            /** @description README not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "models.versions.list": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The name of the user or organization that owns the model. */
                model_owner: string;
                /** @description The name of the model. */
                model_name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchemasPaginatedVersionResponse"];
                };
            };
        };
    };
    "models.versions.get": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The name of the user or organization that owns the model. */
                model_owner: string;
                /** @description The name of the model. */
                model_name: string;
                /** @description The ID of the version. */
                version_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchemasVersionResponse"];
                };
            };
        };
    };
    "models.versions.delete": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The name of the user or organization that owns the model. */
                model_owner: string;
                /** @description The name of the model. */
                model_name: string;
                /** @description The ID of the version. */
                version_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deletion request has been accepted. It might take a few minutes to be processed. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "trainings.create": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The name of the user or organization that owns the model. */
                model_owner: string;
                /** @description The name of the model. */
                model_name: string;
                /** @description The ID of the version. */
                version_id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["SchemasTrainingRequest"];
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchemasTrainingResponse"];
                };
            };
        };
    };
    "predictions.list": {
        parameters: {
            query?: {
                /** @description Include only predictions created at or after this date-time, in ISO 8601 format. */
                created_after?: string;
                /** @description Include only predictions created before this date-time, in ISO 8601 format. */
                created_before?: string;
                /**
                 * @description Filter predictions by how they were created. Currently only `web` is supported.
                 *
                 *     If no value is set, the API returns predictions from both API and web sources.
                 *
                 *     When filtering by `source=web`, results are limited to predictions created in the last 14 days.
                 */
                source?: "web";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uri */
                        next?: string | null;
                        /** Format: uri */
                        previous?: string | null;
                        results?: components["schemas"]["SchemasPredictionResponse"][];
                    };
                };
            };
        };
    };
    "predictions.create": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Leave the request open and wait for the model to finish generating output. Set to `wait=n` where n is a number of seconds between 1 and 60.
                 *
                 *     See [sync mode](https://replicate.com/docs/topics/predictions/create-a-prediction#sync-mode) for more information.
                 */
                Prefer?: components["parameters"]["parameters_prefer_header"];
                /**
                 * @description The maximum time the prediction can run before it is automatically canceled. The lifetime is measured from when the prediction is created.
                 *
                 *     The duration can be specified as string with an optional unit suffix:
                 *     - `s` for seconds (e.g., `30s`, `90s`)
                 *     - `m` for minutes (e.g., `5m`, `15m`)
                 *     - `h` for hours (e.g., `1h`, `2h30m`)
                 *     - defaults to seconds if no unit suffix is provided (e.g. `30` is the same as `30s`)
                 *
                 *     You can combine units for more precision (e.g., `1h30m45s`).
                 *
                 *     The minimum allowed duration is 5 seconds.
                 */
                "Cancel-After"?: components["parameters"]["parameters_cancel_after_header"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["SchemasVersionPredictionRequest"];
            };
        };
        responses: {
            /** @description Prediction has been created. If the `Prefer: wait` header is provided it will contain the final output. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchemasPredictionResponse"];
                };
            };
            /** @description Prediction has been created but does not yet have all outputs */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchemasPredictionResponse"];
                };
            };
        };
    };
    "predictions.get": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the prediction to get. */
                prediction_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchemasPredictionResponse"];
                };
            };
        };
    };
    "predictions.cancel": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the prediction to cancel. */
                prediction_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchemasPredictionResponse"];
                };
            };
        };
    };
    search: {
        parameters: {
            query: {
                /** @description The search query string */
                query: string;
                /** @description Maximum number of model results to return (1-50, defaults to 20) */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "collections": [
                     *         {
                     *           "description": "Models for editing and manipulating images",
                     *           "models": [
                     *             "google/nano-banana",
                     *             "stability-ai/stable-diffusion"
                     *           ],
                     *           "name": "Image Editing",
                     *           "slug": "image-editing"
                     *         }
                     *       ],
                     *       "models": [
                     *         {
                     *           "metadata": {
                     *             "generated_description": "Generate and edit images from text prompts and one or more input images. Combine multiple references via multi-image fusion to insert objects into new scenes, restyle environments, or blend visual styles. Apply natural-language edits such as object removal, background blur, pose changes, colorization, and style transfer, while maintaining character, object, and style consistency across a series. Support conversational, iterative workflows that follow multi-step instructions. Embed invisible SynthID watermarking for provenance on all generated or edited images.",
                     *             "score": 1.3847375700706976,
                     *             "tags": [
                     *               "text-to-image",
                     *               "image-to-image",
                     *               "image-editing"
                     *             ]
                     *           },
                     *           "model": {
                     *             "cover_image_url": "https://tjzk.replicate.delivery/models_models_featured_image/ed879e99-71b5-4689-bed3-e7305e35a28a/this.png",
                     *             "default_example": null,
                     *             "description": "Google's latest image editing model in Gemini 2.5",
                     *             "github_url": null,
                     *             "latest_version": {
                     *               "cog_version": "0.16.7",
                     *               "created_at": "2025-09-12T16:36:33.884779Z",
                     *               "id": "56b8f5f774804fda8ffe63f01d3e2900f97609bd7ae976f50e595854110de200",
                     *               "openapi_schema": {}
                     *             },
                     *             "license_url": null,
                     *             "name": "nano-banana",
                     *             "owner": "google",
                     *             "paper_url": null,
                     *             "run_count": 4304274,
                     *             "url": "https://replicate.com/google/nano-banana",
                     *             "visibility": "public"
                     *           }
                     *         }
                     *       ],
                     *       "pages": [
                     *         {
                     *           "href": "/docs/guides/image-editing",
                     *           "name": "Getting started with image editing"
                     *         }
                     *       ],
                     *       "query": "nano banana"
                     *     }
                     */
                    "application/json": components["schemas"]["SchemasSearchResponse"];
                };
            };
            /** @description Bad Request - Missing or invalid query parameter */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @example Query parameter "query" is required */
                        detail?: string;
                    };
                };
            };
            /** @description Internal Server Error - Search service error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @example Search service error */
                        detail?: string;
                    };
                };
            };
        };
    };
    "trainings.list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description URL to the next page of results */
                        next?: string | null;
                        /** @description URL to the previous page of results */
                        previous?: string | null;
                        results?: components["schemas"]["SchemasTrainingResponse"][];
                    };
                };
            };
        };
    };
    "trainings.get": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the training to get. */
                training_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchemasTrainingResponse"];
                };
            };
        };
    };
    "trainings.cancel": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the training you want to cancel. */
                training_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchemasTrainingResponse"];
                };
            };
        };
    };
    "webhooks.default.secret.get": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The signing secret. */
                        key?: string;
                    };
                };
            };
        };
    };
}
