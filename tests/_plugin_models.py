"""The small model the pytest-plugin tests write into their projects."""

MODEL = """
import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel("Plugin demo")
tickets = tg.Data("Support tickets", sensitivity="pii")
with tm.boundary("Production VPC", trust="internal"):
    api = tm.add(tg.Endpoint("Chat API"))
with tm.boundary("Vendor cloud", trust="partner"):
    llm = tm.add(tg.LLM("Vendor LLM", origin="third-party-api"))
    store = tm.add(tg.DataStore("Vendor store"))
tm.flow(api, llm, tickets)
tm.flow(api, store, tickets, controls={c.EncryptionInTransit()})
"""
