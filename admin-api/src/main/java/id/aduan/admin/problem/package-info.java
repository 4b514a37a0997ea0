/** Every error as an RFC 9457 ProblemDetail that names the problem; never a stack trace. */
package id.aduan.admin.problem;
