package cn.dangjian.bot.reminder;

final class RemindersTestSupport {

    private RemindersTestSupport() {
    }

    /** Gives asynchronous work (an outbox poll, a Quartz job) the chance to do what it should not. */
    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
