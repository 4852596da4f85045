import threatgraph as tg

tm = tg.ThreatModel("Agent")
with tm.boundary("Internet", trust="untrusted"):
    # a different, new untrusted source whose id happens to contain '>'
    inbox = tm.add(tg.DataSource("Public e-mail inbox", id="web>fetch", origin="user-upload"))
with tm.boundary("Laptop", trust="internal"):
    agent = tm.add(tg.Agent("Agent", id="agent"))
    shell = tm.add(tg.Tool("Shell", id="shell", capabilities={"execute-code"}))
tm.flow(inbox, agent, tg.Data("E-mail"))
tm.flow(agent, shell, tg.Data("Command"))
