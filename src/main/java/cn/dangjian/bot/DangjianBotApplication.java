package cn.dangjian.bot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class DangjianBotApplication {

    public static void main(String[] args) {
        SpringApplication.run(DangjianBotApplication.class, args);
    }
}
