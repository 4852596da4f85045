"""Dog walker walk reports and key holding: the first design, before any security review.

A small dog-walking business holds its clients' house keys and key safe codes.
Walkers carry a phone app that records a GPS track, photos and notes on each walk
and uploads them when the walk ends. An LLM agent in the business's cloud account
writes the walk report (route, duration, photos, behaviour notes) and sends it to
the owner on WhatsApp; owners also message the agent on WhatsApp to move or cancel
walks. Walkers ask the agent in the app for a client's key safe or alarm code, and
it logs keys checked out and returned in the key register. The office manager runs
rotas and keys from a web dashboard. Controls: walkers and the manager sign in with
their own e-mail and password, owners are recognised by their WhatsApp number, the
key register is encrypted and audit-logged, the manager approves a key release to a
walker not on the client's rota, and walk maps are trimmed short of the client's home.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Dog walker GPS walk report and key holding agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent writing GPS walk reports for dog owners and handing key codes to walkers.",
)

# ---------------------------------------------------------------- data assets
walk_upload = tg.Data(
    "Walk upload",
    sensitivity=tg.Sensitivity.PII,
    description="GPS track, start and end times, walker notes and photos of the dog.",
)
gps_track = tg.Data(
    "GPS walk track",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Starts and ends at the client's front door.",
)
walk_photos = tg.Data("Walk photos", kind="media", sensitivity=tg.Sensitivity.PII)
walker_notes = tg.Data("Walker notes", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
walker_question = tg.Data(
    "Walker question",
    kind="prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Such as 'what is the key safe code at the Patels'?'",
)
agent_answer = tg.Data(
    "Agent answer to walker", kind="model-output", sensitivity=tg.Sensitivity.SECRET
)
owner_message = tg.Data("Owner WhatsApp message", kind="prompt", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="The message or walk upload, the client record and tool results.",
)
llm_completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
walk_report = tg.Data("Walk report", kind="model-output", sensitivity=tg.Sensitivity.PII)
report_send = tg.Data("Send report request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
client_records = tg.Data(
    "Client and dog records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Owner names, home addresses, WhatsApp numbers, dogs, vets, walk schedule.",
)
key_codes = tg.Data(
    "Key safe and alarm codes",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
key_log = tg.Data("Key checkout log", kind="records", sensitivity=tg.Sensitivity.PII)
key_request = tg.Data("Key register request", kind="tool-call")
key_result = tg.Data("Key register result", kind="tool-result", sensitivity=tg.Sensitivity.SECRET)
booking_change = tg.Data("Booking change request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
booking_result = tg.Data("Booking change result", kind="tool-result")
rota = tg.Data("Walk rota", kind="records", sensitivity=tg.Sensitivity.PII)
outbound_whatsapp = tg.Data("Outbound WhatsApp message", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Clients who book walks and leave us their keys.
    owner = tm.add(tg.Actor("Dog owner", role="client"))
    # Self-employed walkers on their own phones.
    walker = tm.add(tg.Actor("Dog walker", role="walker"))
    # Our app on the walker's own phone: GPS tracking, photos, notes, chat with the agent.
    walker_app = tm.add(tg.Device("Walker phone app", fleet=True))
    # Runs rotas and the key cabinet, from the office or home laptop.
    manager = tm.add(tg.Actor("Office manager", role="office manager", privileged=True))

with tm.boundary("WhatsApp Business platform", trust=tg.Trust.PARTNER):
    # Meta's Cloud API: carries owner messages in and reports out.
    whatsapp = tm.add(tg.ExternalService("WhatsApp Cloud API"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Multimodal hosted model that reads the notes and photos and writes the report.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Business cloud account", trust=tg.Trust.INTERNAL):
    # API behind the walker app and the office dashboard.
    business_api = tm.add(
        tg.Endpoint(
            "Walker and office API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="each walker's and the manager's own e-mail and password")
            },
        )
    )
    # Receives owner messages from WhatsApp.
    whatsapp_webhook = tm.add(
        tg.Endpoint(
            "WhatsApp webhook receiver",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(
                    method="owner recognised by the WhatsApp sender number matched to the client record"
                )
            },
        )
    )
    # The LLM agent: writes reports, answers walkers, handles owners' booking changes.
    agent = tm.add(
        tg.Agent(
            "Walk report and key holding agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(
                    approver="the office manager",
                    note="the manager approves a key release to a walker not on that client's rota; "
                    "reports and booking changes go ahead directly",
                )
            },
        )
    )
    # Looks up key safe and alarm codes and logs keys out and back.
    key_tool = tm.add(
        tg.Tool(
            "Key register tool",
            capabilities={"read", "write"},
            controls={c.AuditLogging()},
        )
    )
    # Moves, adds or cancels walks in the rota.
    booking_tool = tm.add(tg.Tool("Booking tool", capabilities={"read", "write"}))
    # Sends the walk report and booking confirmations to owners on WhatsApp.
    messaging_tool = tm.add(tg.Tool("Owner messaging tool", capabilities={"send-messages"}))
    # Clients, their dogs, addresses and the rota.
    client_db = tm.add(tg.DataStore("Client and rota database", stores={client_records, rota}))
    # The key register: codes and who has which key.
    key_register = tm.add(
        tg.DataStore(
            "Key register",
            stores={key_codes, key_log},
            controls={
                c.EncryptionAtRest(key_management="cloud KMS"),
                c.AuditLogging(retention_days=365),
            },
        )
    )
    # Tracks, photos and finished reports.
    walk_store = tm.add(
        tg.DataStore(
            "Walk records store",
            stores={gps_track, walk_photos, walker_notes, walk_report},
            controls={
                c.DataMinimization(
                    note="maps shown to owners start and end 200 m from the client's home"
                )
            },
        )
    )

# ---------------------------------------------------------------- flows
# walks and reports
tm.flow(walker, walker_app, walker_notes, walk_photos, label="notes and photos in the app")
tm.flow(walker_app, business_api, walk_upload, protocol="https")
tm.flow(business_api, walk_store, gps_track, walk_photos, walker_notes)
tm.flow(walk_store, agent, gps_track, walk_photos, walker_notes, label="walk ended")
tm.flow(client_db, agent, client_records)
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")
tm.flow(agent, walk_store, walk_report)
tm.flow(agent, messaging_tool, report_send)
tm.flow(messaging_tool, whatsapp, outbound_whatsapp, protocol="https")
tm.flow(whatsapp, owner, outbound_whatsapp, label="WhatsApp message")

# owners' booking changes
tm.flow(owner, whatsapp, owner_message, label="WhatsApp message")
tm.flow(
    whatsapp, whatsapp_webhook, owner_message, protocol="https", label="inbound message webhook"
)
tm.flow(whatsapp_webhook, agent, owner_message)
tm.flow(agent, booking_tool, booking_change)
tm.flow(booking_tool, client_db, rota)
tm.flow(client_db, booking_tool, rota)
tm.flow(booking_tool, agent, booking_result)

# key holding
tm.flow(walker, walker_app, walker_question, label="chat in the app")
tm.flow(walker_app, business_api, walker_question, protocol="https")
tm.flow(business_api, agent, walker_question)
tm.flow(agent, key_tool, key_request)
tm.flow(key_register, key_tool, key_codes, key_log)
tm.flow(key_tool, key_register, key_log)
tm.flow(key_tool, agent, key_result)
tm.flow(agent, business_api, agent_answer)
tm.flow(business_api, walker_app, agent_answer, protocol="https")
tm.flow(walker_app, walker, agent_answer, label="shown in the app")

# office
tm.flow(manager, business_api, rota, key_codes, protocol="https", label="office dashboard")
tm.flow(business_api, client_db, rota)
tm.flow(business_api, key_register, key_codes)
tm.flow(key_register, business_api, key_log, label="key log view")
tm.flow(business_api, manager, key_log, protocol="https", label="office dashboard")
