/** Assembles the one-process Aduan application. */
package id.aduan.app;
