/** The command line to train and evaluate models and measure latency ({@code ./aduan-classifier}). */
package id.aduan.classifier.cli;
