package id.aduan.admin;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

import id.aduan.models.taxonomy.Taxonomy;

/** Boot configuration for this module's slice tests. */
@SpringBootApplication
class AdminTestApplication {

    @Bean
    Clock clock() {
        return Clock.fixed(Instant.parse("2026-11-23T03:00:00Z"), ZoneOffset.UTC);
    }

    @Bean
    Taxonomy taxonomy() {
        return Taxonomy.defaults();
    }
}
