package cn.dangjian.bot;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;

class ApplicationStartsTest extends BotTest {

    @Autowired
    StringRedisTemplate redis;

    @Test
    void startsWithARealEmbeddedRedis() {
        redis.opsForValue().set("dj:probe", "ok");
        assertThat(redis.opsForValue().get("dj:probe")).isEqualTo("ok");
    }
}
