package id.aduan.complaint;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/** One in-memory MongoDB-compatible server per test JVM, reached through the real driver. */
final class InJvmMongo {

    private static final MongoServer SERVER = start();

    private InJvmMongo() {
    }

    private static MongoServer start() {
        MongoServer server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow));
        return server;
    }

    static String uri(String database) {
        return "mongodb://127.0.0.1:" + SERVER.getLocalAddress().getPort() + "/" + database;
    }
}
