import threatgraph as tg

tm = tg.ThreatModel("Agent")
with tm.boundary("Internet", trust="untrusted"):
    web = tm.add(tg.DataSource("Docs site", id="web", origin="public-web"))
with tm.boundary("Laptop", trust="internal"):
    fetch = tm.add(tg.Tool("Fetch", id="fetch", capabilities={"read"}))
    agent = tm.add(tg.Agent("Agent", id="agent"))
    shell = tm.add(tg.Tool("Shell", id="shell", capabilities={"execute-code"}))
tm.flow(web, fetch, tg.Data("Page"))
tm.flow(fetch, agent, tg.Data("Page"))
tm.flow(agent, shell, tg.Data("Command"))
