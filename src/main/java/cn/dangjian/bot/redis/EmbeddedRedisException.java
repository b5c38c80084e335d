package cn.dangjian.bot.redis;

/** The embedded Redis cannot run; {@link EmbeddedRedisFailureAnalyzer} tells the operator what to do instead. */
class EmbeddedRedisException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String action;

    EmbeddedRedisException(String description, String action) {
        super(description);
        this.action = action;
    }

    String action() {
        return action;
    }
}
