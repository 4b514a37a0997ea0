package id.aduan.complaint.store;

/**
 * Makes acknowledged writes durable before the citizen is told they happened. A real MongoDB does this with its
 * write concern; the embedded store commits its file.
 */
@FunctionalInterface
public interface StoreDurability {

    void flush();
}
