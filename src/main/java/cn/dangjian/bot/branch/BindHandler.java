package cn.dangjian.bot.branch;

import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import cn.dangjian.bot.chat.CommandHandler;
import cn.dangjian.bot.chat.InboundMessage;
import cn.dangjian.bot.chat.Reply;
import cn.dangjian.bot.chat.Turn;
import cn.dangjian.bot.command.Command;

/** 绑定 支部名称: an organisation admin binds the group it is said in to a branch (the file's binding wins). */
@Component
class BindHandler implements CommandHandler<Command.Bind> {

    private final Branches branches;
    private final BranchDirectory directory;

    BindHandler(Branches branches, BranchDirectory directory) {
        this.branches = branches;
        this.directory = directory;
    }

    @Override
    public Class<Command.Bind> command() {
        return Command.Bind.class;
    }

    /** The group being bound usually has no branch yet. */
    @Override
    public boolean needsBranch() {
        return false;
    }

    @Override
    public Role required(Command.Bind command) {
        return Role.ADMIN;
    }

    @Override
    public String refusal(Command.Bind command) {
        return "只有组织管理员可以将本群绑定到党支部。";
    }

    @Override
    public Reply handle(Command.Bind command, Turn turn) {
        InboundMessage m = turn.message();
        if (!m.group()) {
            return Reply.text("请在需要绑定的党支部钉钉群中@我发送“绑定 支部名称”。");
        }
        return branches.byIdOrName(command.branch())
                .map(branch -> Reply.text(directory.bind(m.conversationId(), branch)
                        instanceof BranchDirectory.Binding.FixedByConfiguration fixed
                        ? "本群已在配置文件中绑定到" + fixed.branch().name() + "，如需调整请修改 bot-config/branches.yml。"
                        : "已将本群绑定到" + branch.name() + "（编号 " + branch.id() + "），此后在本群登记的活动均计入该支部。"
                                + "本群会话编号为 " + m.conversationId() + "，如需长期固定，可将其写入 bot-config/branches.yml。"))
                .orElseGet(() -> Reply.text("未找到“" + command.branch() + "”。可绑定的党支部有："
                        + branches.all().stream().map(b -> b.name() + "（编号 " + b.id() + "）")
                                .collect(Collectors.joining("、"))
                        + "。"));
    }
}
