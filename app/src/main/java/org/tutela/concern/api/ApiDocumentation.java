package org.tutela.concern.api;

import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

/** How the OpenAPI description at /v3/api-docs names the API and its authentication. */
@Configuration
@OpenAPIDefinition(info = @Info(title = "Tutela API", version = "v1", description = "Concerns, their facts and their "
        + "required actions. Authenticate with a personal access token from \"Your account\": "
        + "Authorization: Bearer tut_..."))
@SecurityScheme(name = ApiDocumentation.TOKEN, type = SecuritySchemeType.HTTP, scheme = "bearer",
        bearerFormat = "tut_ personal access token")
class ApiDocumentation {

    static final String TOKEN = "personalAccessToken";
}
