package id.aduan.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A fake Telegram Bot API on 127.0.0.1 for tests: serves queued updates to getUpdates, answers sendMessage and the
 * other calls, and records every call. Method names are matched case-insensitively, as TelegramBots sends them in
 * mixed case.
 */
final class FakeBotApi implements AutoCloseable {

    /** One recorded call: the lower-cased method and its JSON body. */
    record Call(String method, JsonNode body) {
    }

    static final String TOKEN = "123456:TEST-TOKEN";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final List<ObjectNode> updates = new CopyOnWriteArrayList<>();
    private final AtomicInteger nextUpdateId = new AtomicInteger(1);
    private final AtomicLong nextMessageId = new AtomicLong(1000);
    private final Object newUpdate = new Object();

    FakeBotApi() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor());
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    // ---- what the citizen does -------------------------------------------------------------------------------

    void citizenSays(long chatId, String text) {
        ObjectNode message = message(chatId);
        message.put("text", text);
        push("message", message);
    }

    void citizenSendsSticker(long chatId) {
        ObjectNode message = message(chatId);
        ObjectNode sticker = message.putObject("sticker");
        sticker.put("file_id", "sticker-1").put("file_unique_id", "s1").put("width", 512).put("height", 512)
                .put("is_animated", false).put("is_video", false).put("type", "regular");
        push("message", message);
    }

    void citizenSharesLocation(long chatId, double latitude, double longitude) {
        ObjectNode message = message(chatId);
        message.putObject("location").put("latitude", latitude).put("longitude", longitude);
        push("message", message);
    }

    void citizenSendsPhoto(long chatId, String fileId, String caption) {
        ObjectNode message = message(chatId);
        ArrayNode sizes = message.putArray("photo");
        sizes.addObject().put("file_id", fileId + "-small").put("file_unique_id", fileId + "-s").put("width", 90)
                .put("height", 90).put("file_size", 1_000);
        sizes.addObject().put("file_id", fileId).put("file_unique_id", fileId + "-l").put("width", 1280)
                .put("height", 960).put("file_size", 200_000);
        if (caption != null) {
            message.put("caption", caption);
        }
        push("message", message);
    }

    void citizenPresses(long chatId, String data) {
        ObjectNode query = JSON.createObjectNode();
        query.put("id", "cbq-" + nextUpdateId.get());
        query.set("from", user(chatId));
        query.put("chat_instance", "ci-" + chatId);
        query.put("data", data);
        query.set("message", message(chatId));
        push("callback_query", query);
    }

    private void push(String kind, ObjectNode payload) {
        ObjectNode update = JSON.createObjectNode();
        update.put("update_id", nextUpdateId.getAndIncrement());
        update.set(kind, payload);
        updates.add(update);
        synchronized (newUpdate) {
            newUpdate.notifyAll();
        }
    }

    private ObjectNode message(long chatId) {
        ObjectNode m = JSON.createObjectNode();
        m.put("message_id", nextMessageId.getAndIncrement());
        m.put("date", Instant.now().getEpochSecond());
        ObjectNode chat = m.putObject("chat");
        chat.put("id", chatId).put("type", "private").put("first_name", "Sari");
        m.set("from", user(chatId));
        return m;
    }

    private ObjectNode user(long id) {
        ObjectNode u = JSON.createObjectNode();
        u.put("id", id).put("is_bot", false).put("first_name", "Sari").put("username", "sari_warga");
        return u;
    }

    // ---- what the bot did ------------------------------------------------------------------------------------

    List<Call> calls() {
        return List.copyOf(calls);
    }

    /** The texts of every sendMessage to a chat, in order. */
    List<String> textsTo(long chatId) {
        List<String> texts = new ArrayList<>();
        for (Call c : calls) {
            if (c.method().equals("sendmessage") && c.body().path("chat_id").asText().equals(Long.toString(chatId))) {
                texts.add(c.body().path("text").asText());
            }
        }
        return texts;
    }

    /** The callback data of the inline buttons of the last message to a chat. */
    List<String> lastButtons(long chatId) {
        for (Call c : calls().reversed()) {
            if (c.method().equals("sendmessage") && c.body().path("chat_id").asText().equals(Long.toString(chatId))) {
                List<String> data = new ArrayList<>();
                c.body().path("reply_markup").path("inline_keyboard")
                        .forEach(row -> row.forEach(b -> data.add(b.path("callback_data").asText())));
                return data;
            }
        }
        return List.of();
    }

    // ---- HTTP ------------------------------------------------------------------------------------------------

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String prefix = "/bot" + TOKEN + "/";
        if (!path.startsWith(prefix)) {
            respond(exchange, 401, "{\"ok\":false,\"error_code\":401,\"description\":\"Unauthorized\"}");
            return;
        }
        String method = path.substring(prefix.length()).toLowerCase(Locale.ROOT);
        JsonNode body;
        try (InputStream in = exchange.getRequestBody()) {
            byte[] bytes = in.readAllBytes();
            body = bytes.length == 0 ? JSON.createObjectNode() : JSON.readTree(bytes);
        }
        calls.add(new Call(method, body));
        ObjectNode response = JSON.createObjectNode();
        response.put("ok", true);
        switch (method) {
            case "getupdates" -> response.set("result", updatesFrom(body.path("offset").asInt(0),
                    body.path("timeout").asInt(0)));
            case "sendmessage" -> {
                ObjectNode sent = JSON.createObjectNode();
                sent.put("message_id", nextMessageId.getAndIncrement());
                sent.put("date", Instant.now().getEpochSecond());
                sent.putObject("chat").put("id", body.path("chat_id").asLong()).put("type", "private");
                sent.put("text", body.path("text").asText());
                response.set("result", sent);
            }
            default -> response.put("result", true);
        }
        respond(exchange, 200, JSON.writeValueAsString(response));
    }

    /** Long polling: answers at once when updates wait, otherwise after a short wait (not the full timeout). */
    private ArrayNode updatesFrom(int offset, int timeoutSeconds) {
        // As Telegram does: an offset confirms every earlier update, which is then never served again (a restarted
        // client starts from offset 0 and must not see old updates twice).
        updates.removeIf(u -> u.path("update_id").asInt() < offset);
        long deadline = System.currentTimeMillis() + Math.min(timeoutSeconds, 1) * 1000L;
        synchronized (newUpdate) {
            while (pending(offset).isEmpty() && System.currentTimeMillis() < deadline) {
                try {
                    newUpdate.wait(Math.max(1, deadline - System.currentTimeMillis()));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        ArrayNode result = JSON.createArrayNode();
        pending(offset).forEach(result::add);
        return result;
    }

    private List<ObjectNode> pending(int offset) {
        return updates.stream().filter(u -> u.path("update_id").asInt() >= offset).toList();
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
