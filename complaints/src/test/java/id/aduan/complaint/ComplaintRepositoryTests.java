package id.aduan.complaint;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The store contract against the in-JVM MongoDB-compatible server (the embedded default). */
class ComplaintRepositoryTests extends ComplaintStoreContract {

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> InJvmMongo.uri("complaint-repository"));
    }
}
