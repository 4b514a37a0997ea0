package id.aduan.complaint;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * The same store tests against a real {@code mongo:8} server. Runs wherever a Docker engine is available; skipped
 * (not failed) where there is none, as on the project's build machines.
 */
@Testcontainers(disabledWithoutDocker = true)
class ComplaintRepositoryIntegrationTests extends ComplaintStoreContract {

    @Container
    static final MongoDBContainer MONGO = new MongoDBContainer("mongo:8.0");

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> MONGO.getConnectionString() + "/complaint-repository");
    }
}
