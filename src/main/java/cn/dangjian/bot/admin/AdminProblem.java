package cn.dangjian.bot.admin;

import org.springframework.http.HttpStatus;

/** A request the admin API refuses: the status and the sentence, in Chinese, that the caller gets. */
public class AdminProblem extends RuntimeException {

    private final HttpStatus status;

    public AdminProblem(HttpStatus status, String message) {
        super(message);
        this.status = status;
    }

    public HttpStatus status() {
        return status;
    }
}
