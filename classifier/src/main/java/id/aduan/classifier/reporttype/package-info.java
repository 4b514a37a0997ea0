/** Report type (pengaduan, aspirasi, permintaan informasi) inference. */
package id.aduan.classifier.reporttype;
