package id.aduan.app.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

import com.mongodb.ConnectionString;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoOperations;

import id.aduan.complaint.store.StoreDurability;

/**
 * Starts mongo-java-server with its file-backed H2 backend inside this JVM when {@code spring.mongodb.uri}
 * ({@code SPRING_MONGODB_URI}) is not set. The app still talks to it through the real MongoDB driver. After an
 * acknowledged write that a citizen is told about, {@link StoreDurability#flush()} commits the file, so a
 * {@code kill -9} right after the confirmation loses nothing.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.mongodb.uri:}'.isBlank()")
class EmbeddedMongo {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongo.class);

    @Bean
    H2Backend embeddedStoreBackend(StoreSettings settings) {
        try {
            Files.createDirectories(settings.dataDir());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory " + settings.dataDir(), e);
        }
        String file = settings.storeFile().toAbsolutePath().toString();
        log.info("No MongoDB URI configured: using the embedded store in {}", file);
        return new H2Backend(file);
    }

    @Bean(destroyMethod = "shutdown")
    MongoServer embeddedMongoServer(H2Backend embeddedStoreBackend) {
        MongoServer server = new MongoServer(embeddedStoreBackend);
        server.bind("127.0.0.1", 0);
        return server;
    }

    @Bean
    MongoConnectionDetails embeddedMongoConnection(MongoServer embeddedMongoServer) {
        int port = embeddedMongoServer.getLocalAddress().getPort();
        return () -> new ConnectionString("mongodb://127.0.0.1:" + port + "/aduan");
    }

    /**
     * Replaces Spring's MongoDB health check, whose {@code hello} command mongo-java-server does not answer (it
     * would report the store DOWN while it works): a cheap read through the driver, as the app itself reads. With a
     * real MongoDB (SPRING_MONGODB_URI set) this configuration is off and Spring's check applies.
     */
    @Bean
    HealthIndicator mongoHealthContributor(ObjectProvider<MongoOperations> mongo, StoreSettings settings) {
        String file = settings.storeFile().toAbsolutePath().toString();
        return () -> {
            try {
                mongo.getObject().getCollectionNames();
                return Health.up().withDetail("store", "embedded").withDetail("file", file).build();
            } catch (RuntimeException e) {
                return Health.down(e).withDetail("store", "embedded").withDetail("file", file).build();
            }
        };
    }

    @Bean
    StoreDurability embeddedStoreCommit(H2Backend embeddedStoreBackend) {
        return embeddedStoreBackend::commit;
    }
}
