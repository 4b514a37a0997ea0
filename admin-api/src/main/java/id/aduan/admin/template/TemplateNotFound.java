package id.aduan.admin.template;

/** No response template has this id. */
class TemplateNotFound extends RuntimeException {

    TemplateNotFound(String id) {
        super("No response template with id " + id);
    }
}
