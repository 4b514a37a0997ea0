/** The embedded MongoDB-compatible store used when no MongoDB URI is configured; the only code that knows it. */
package id.aduan.app.store;
