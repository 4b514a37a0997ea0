/** Beans shared by the bot and the admin API: clock, taxonomy, working-day calendar, classifier, texts. */
package id.aduan.app.wiring;
