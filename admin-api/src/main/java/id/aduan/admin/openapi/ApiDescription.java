package id.aduan.admin.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Title and summary of the API in its OpenAPI description. */
@Configuration(proxyBeanMethods = false)
class ApiDescription {

    @Bean
    OpenAPI aduanOpenApi() {
        return new OpenAPI().info(new Info().title("Aduan admin API").version("v1")
                .description("Triage of citizens' complaints received by chat (SP4N-LAPOR! status model): list, "
                        + "read the whole conversation, correct category and agency, move the status forward.")
                .license(new License().name("Apache-2.0")));
    }
}
