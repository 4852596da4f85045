"""Ship engine-room maintenance copilot: the first design, before any security review.

Engineers on the line's cargo vessels ask a copilot about the main and auxiliary
engines. It runs on a server in each ship's engine control room, with an
open-weights LLM hosted on that server. It answers from the engine makers'
manuals and fleet bulletins (indexed locally), from the ship's maintenance
history, and from the live alarms it reads from the engine monitoring system.
It drafts work orders, which the engineer confirms before they are queued; a
sync service sends them to the fleet maintenance system ashore over the VSAT
satellite link whenever the link is up. Shore superintendents push manual
updates and fleet bulletins to the ships the same way, and the sync service
hands them to an indexing job. Engineers log in to the copilot with local
accounts; the ship-to-shore sync uses HTTPS with a per-vessel API key.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Ship engine-room maintenance copilot",
    profile=tg.RiskProfile.HIGH,
    description="On-board LLM assistant for ship engineers, syncing work orders to shore.",
)

# ---------------------------------------------------------------- data assets
question = tg.Data("Engineer question", sensitivity=tg.Sensitivity.INTERNAL, kind="prompt")
answer = tg.Data("Copilot answer", sensitivity=tg.Sensitivity.INTERNAL, kind="model-output")
prompt = tg.Data(
    "Prompt with context",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="System prompt, the question, manual excerpts, history and current alarms.",
)
completion = tg.Data("LLM completion", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="model-output")
alarms = tg.Data(
    "Live engine alarms",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
manuals = tg.Data(
    "Engine maker manuals",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Licensed OEM manuals and service letters.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
bulletins = tg.Data(
    "Fleet bulletins",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
chunks = tg.Data(
    "Manual chunks and embeddings",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="retrieved-context",
)
history = tg.Data(
    "Maintenance history",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
draft_wo = tg.Data("Draft work order", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call")
work_orders = tg.Data(
    "Work orders",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Confirmed work orders with job, parts, running hours and crew names.",
)
wo_status = tg.Data("Work order status", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
vessel_key = tg.Data("Vessel API key", sensitivity=tg.Sensitivity.SECRET, kind="credentials")

# ---------------------------------------------------------------- elements
with tm.boundary("Vessel engine control room", trust=tg.Trust.INTERNAL):
    # Watchkeeping engineers and the chief engineer, at the ECR workstations.
    engineer = tm.add(tg.Actor("Ship engineer", role="marine engineer"))
    # The browser UI and API the engineers use, served by the ECR server.
    ui = tm.add(
        tg.Endpoint(
            "Copilot web UI",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="local accounts on the ECR server")},
        )
    )
    # Plans the answer: retrieves manuals and history, reads alarms, calls the LLM,
    # and proposes work orders.
    copilot = tm.add(
        tg.Agent(
            "Maintenance copilot",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Orchestrates retrieval, alarm lookup and work-order drafting.",
        )
    )
    # The model runs on the ship because the satellite link is slow and often down.
    llm = tm.add(
        tg.LLM(
            "On-board LLM",
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            description="Quantised open-weights model served on the ECR server's GPU.",
        )
    )
    # Local index of manuals and bulletins, so answers work offline.
    index = tm.add(tg.VectorStore("Manuals index", stores={chunks}))
    # Rebuilds the index when new manuals or bulletins arrive from shore.
    indexer = tm.add(tg.Pipeline("Manual indexing job", stage=tg.Stage.INGESTION))
    # The ship's copy of its maintenance history and the outbox of work orders.
    pms_db = tm.add(tg.DataStore("Ship maintenance database", stores={history, work_orders}))
    # Writes a confirmed work order to the outbox; the engineer reviews each draft first.
    wo_tool = tm.add(
        tg.Tool(
            "Work order drafter",
            capabilities={"write"},
            controls={c.HumanInTheLoop(approver="the engineer on watch")},
        )
    )
    # Store-and-forward between ship and shore, for when the link comes and goes.
    sync = tm.add(
        tg.Service(
            "Ship sync service",
            description="Queues outbound work orders and pulls inbound documents when VSAT is up.",
        )
    )

with tm.boundary("Engine automation network", trust=tg.Trust.RESTRICTED):
    # The alarm and monitoring system of the engines; the copilot only reads from it.
    ams = tm.add(
        tg.DataSource(
            "Engine monitoring system",
            origin=tg.Origin.INTERNAL,
            provides={alarms},
            description="Alarm and monitoring system exposing alarms through an OPC UA server.",
        )
    )

with tm.boundary("Satellite network", trust=tg.Trust.UNTRUSTED):
    # The VSAT provider's link and ground station: all ship-shore traffic crosses it.
    vsat = tm.add(tg.ExternalService("VSAT satellite link"))

with tm.boundary("Shore data centre", trust=tg.Trust.INTERNAL):
    # Where ships connect when the link is up.
    gateway = tm.add(
        tg.Endpoint(
            "Fleet sync gateway",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="per-vessel API key")},
        )
    )
    # The system of record for maintenance across the fleet.
    fleet_pms = tm.add(
        tg.DataStore(
            "Fleet maintenance system",
            stores={work_orders, history},
            controls={c.RBAC(), c.AuditLogging()},
        )
    )
    # Manuals and bulletins waiting to be sent to the ships.
    library = tm.add(
        tg.DataStore("Technical document library", stores={manuals, bulletins}, controls={c.RBAC()})
    )
    # Technical superintendents who publish manual updates and bulletins.
    superintendent = tm.add(tg.Actor("Shore superintendent", role="technical superintendent"))

with tm.boundary("Engine makers", trust=tg.Trust.PARTNER):
    # OEM portals that manuals and service letters are downloaded from.
    oem = tm.add(tg.DataSource("Engine maker portal", origin=tg.Origin.VENDOR, provides={manuals}))

# ---------------------------------------------------------------- flows
# Questions and answers on board
tm.flow(engineer, ui, question, protocol="http")
tm.flow(ui, copilot, question)
tm.flow(copilot, index, question, label="similarity query")
tm.flow(index, copilot, chunks, label="manual excerpts")
tm.flow(pms_db, copilot, history, label="equipment history")
tm.flow(ams, copilot, alarms, protocol="opc-ua", label="live alarms")
tm.flow(copilot, llm, prompt, protocol="local")
tm.flow(llm, copilot, completion, protocol="local")
tm.flow(copilot, ui, answer)
tm.flow(ui, engineer, answer, protocol="http")

# Work orders: drafted on board, confirmed, synced ashore
tm.flow(copilot, wo_tool, draft_wo)
tm.flow(engineer, wo_tool, draft_wo, label="confirms draft")
tm.flow(wo_tool, pms_db, work_orders)
tm.flow(pms_db, sync, work_orders, label="outbox")
tm.flow(sync, vsat, work_orders, vessel_key, protocol="https")
tm.flow(vsat, gateway, work_orders, vessel_key, protocol="https")
tm.flow(gateway, fleet_pms, work_orders)
tm.flow(fleet_pms, gateway, wo_status, history)
tm.flow(gateway, vsat, wo_status, history, protocol="https")
tm.flow(vsat, sync, wo_status, history, protocol="https")
tm.flow(sync, pms_db, wo_status, history)

# Manual updates and bulletins: shore to ship
tm.flow(oem, superintendent, manuals, protocol="https", label="downloads")
tm.flow(superintendent, library, manuals, bulletins, protocol="https", label="publishes")
tm.flow(library, gateway, manuals, bulletins)
tm.flow(gateway, vsat, manuals, bulletins, protocol="https", label="document push")
tm.flow(vsat, sync, manuals, bulletins, protocol="https", label="document push")
tm.flow(sync, indexer, manuals, bulletins)
tm.flow(indexer, index, chunks)
