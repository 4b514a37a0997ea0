/** The trained model: label heads, each a calibrated combination of OpenNLP and Lucene models, and its file format. */
package id.aduan.classifier.model;
