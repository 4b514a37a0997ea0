package id.aduan.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A small HTTP client for driving the running app from the outside, as a script or browser would. Calls to
 * {@code /api/**} and {@code /actuator/**} send HTTP Basic with the test admin from
 * {@code config/application.properties} unless another
 * account, a bearer token or no credentials are chosen.
 */
final class ApiClient {

    /** The first admin of every test app (test resources {@code config/application.properties}). */
    static final String ADMIN_USERNAME = "admin";
    static final String ADMIN_PASSWORD = "test-admin-password";

    /** A response's status and parsed JSON body (a missing node when the body is not JSON). */
    record Response(int status, JsonNode json, String body) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    /** The Authorization header value for /api/**, or null for none. */
    private final String authorization;

    ApiClient(String base) {
        this(base, basic(ADMIN_USERNAME, ADMIN_PASSWORD));
    }

    private ApiClient(String base, String authorization) {
        this.base = base;
        this.authorization = authorization;
    }

    /** The same app as another account (HTTP Basic). */
    ApiClient as(String username, String password) {
        return new ApiClient(base, basic(username, password));
    }

    /** The same app with a bearer token. */
    ApiClient withBearer(String token) {
        return new ApiClient(base, "Bearer " + token);
    }

    /** The same app without credentials. */
    ApiClient anonymous() {
        return new ApiClient(base, null);
    }

    Response get(String path) {
        return send(authorized(path, HttpRequest.newBuilder(URI.create(base + path))).GET().build());
    }

    /** A file download: the status, the Content-Type header and the bytes. */
    record Download(int status, String contentType, byte[] body) {
    }

    Download download(String path) {
        HttpRequest request = authorized(path, HttpRequest.newBuilder(URI.create(base + path))).GET().build();
        try {
            HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Download(r.statusCode(), r.headers().firstValue("Content-Type").orElse(null), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Response post(String path, String json) {
        return send(authorized(path, HttpRequest.newBuilder(URI.create(base + path)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    Response put(String path, String json) {
        return send(authorized(path, HttpRequest.newBuilder(URI.create(base + path)))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    Response patch(String path, String json) {
        return send(authorized(path, HttpRequest.newBuilder(URI.create(base + path)))
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json)).build());
    }

    Response delete(String path) {
        return send(authorized(path, HttpRequest.newBuilder(URI.create(base + path))).DELETE().build());
    }

    private HttpRequest.Builder authorized(String path, HttpRequest.Builder request) {
        if (authorization != null && (path.equals("/api") || path.startsWith("/api/")
                || path.startsWith("/actuator"))) {
            request.header("Authorization", authorization);
        }
        return request;
    }

    private static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
    }

    private Response send(HttpRequest request) {
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode json;
            try {
                json = r.body().isBlank() ? JSON.missingNode() : JSON.readTree(r.body());
            } catch (IOException notJson) {
                json = JSON.missingNode();
            }
            return new Response(r.statusCode(), json, r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
