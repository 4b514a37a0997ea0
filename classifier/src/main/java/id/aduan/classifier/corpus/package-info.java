/** Labelled example corpora: the record and the strict CSV reader (text,category,agency). */
package id.aduan.classifier.corpus;
