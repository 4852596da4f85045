"""Tachograph infringement and driver notice agent: the first design, before any review.

A UK road haulage firm downloads the digital tachograph vehicle units of its lorries
with a download key, and reads drivers' cards on a card reader, at the depot. A
depot download PC uploads the files to the firm's cloud compliance platform, which
keeps the raw files, works out drivers' hours and speed traces, and asks an in-house
model to flag drivers' hours infringements and signs of tampering (magnets, odd
speed traces). Flags go into a case store. An LLM agent, on a vendor-hosted model,
drafts infringement notices for the transport manager, who reviews and signs every
notice in a web portal before it goes to the driver; the same agent answers
drivers' questions about their hours and cases over WhatsApp. Drivers are known by
the WhatsApp number on their driver record; the portal uses company SSO with MFA.
The DVSA's roadside checks and enforcement are out of scope.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Tachograph infringement and driver notice agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Flags drivers' hours infringements and tampering from tachograph files; "
    "an agent drafts notices the transport manager signs and answers drivers.",
)

# ---------------------------------------------------------------- data assets
vu_files = tg.Data(
    "Vehicle unit download files",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description=".DDD files: activities, speeds, events and faults, signed by the vehicle unit.",
)
card_files = tg.Data(
    "Driver card files",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Driver card downloads: the driver's activities, vehicles used and places.",
)
hours_analysis = tg.Data(
    "Drivers' hours and speed trace analysis",
    kind="features",
    sensitivity=tg.Sensitivity.PII,
    description="Driving, rest and break periods per driver, speed and distance traces.",
)
flags = tg.Data(
    "Infringement and tampering flags",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
    description="Each flagged infringement or tampering sign, with a score and the evidence.",
)
driver_records = tg.Data(
    "Driver records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, driver card number, WhatsApp number, depot and past cases.",
)
draft_notice = tg.Data(
    "Draft infringement notice", kind="documents", sensitivity=tg.Sensitivity.PII
)
signed_notice = tg.Data(
    "Signed infringement notice",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
review_decision = tg.Data(
    "Notice review decision",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The transport manager's edits, signature or rejection of a draft.",
)
driver_question = tg.Data("Driver question", kind="prompt", sensitivity=tg.Sensitivity.PII)
agent_reply = tg.Data("Agent reply to driver", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the driver's question or the case, and tool results.",
)
llm_completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
case_query = tg.Data("Case lookup call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
case_result = tg.Data("Driver case details", kind="tool-result", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary(
    "Lorry cabs",
    trust=tg.Trust.UNTRUSTED,
    description="On the road, in drivers' hands between depot visits.",
):
    # The tachograph in every lorry: the source of the hours and speed records.
    vehicle_units = tm.add(
        tg.Device(
            "Tachograph vehicle units",
            fleet=True,
            description="Digital and smart tachographs fitted to the fleet's lorries.",
        )
    )

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Drivers: their cards are read at the depot, and they message from their own phones.
    driver = tm.add(tg.Actor("Driver", role="HGV driver"))

with tm.boundary("Messaging provider", trust=tg.Trust.PARTNER):
    # WhatsApp Business Platform: where drivers already talk to the office.
    whatsapp = tm.add(
        tg.ExternalService(
            "WhatsApp Business Platform",
            description="Delivers driver messages to our webhook and our replies to drivers.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model behind the agent, hosted by the vendor.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="vendor DPA signed; no training on our data")},
        )
    )

with tm.boundary("Depot network", trust=tg.Trust.INTERNAL):
    # The depot PC with the download key dock and the card reader; uploads the files.
    depot_pc = tm.add(
        tg.Service(
            "Depot download PC",
            description="Runs the tachograph download software; holds the company card.",
        )
    )

with tm.boundary("Transport office", trust=tg.Trust.INTERNAL):
    # Holds the operator licence duties; signs every notice.
    transport_manager = tm.add(
        tg.Actor("Transport manager", role="transport manager", privileged=True)
    )

with tm.boundary(
    "Compliance platform",
    trust=tg.Trust.INTERNAL,
    description="The firm's cloud tenant for tachograph compliance.",
):
    # Parses the files, computes hours and speed traces, and calls the model.
    analysis = tm.add(
        tg.Service(
            "Tachograph analysis service",
            description="Checks the files against EU 561/2006 hours rules and extracts traces.",
        )
    )
    # Flags infringements and signs of tampering for the transport manager to look at.
    model = tm.add(
        tg.Model(
            "Infringement and tampering model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="Flags hours infringements and magnet or speed-trace anomalies.",
        )
    )
    # Drafts notices and answers drivers' questions through its tools.
    agent = tm.add(
        tg.Agent(
            "Driver notice agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(
                    approver="transport manager signs every infringement notice",
                    note="answers to drivers' questions are sent without review",
                ),
                c.Authentication(method="sender's WhatsApp number matched to the driver record"),
            },
        )
    )
    # Reads a driver's flags, records and notices for the agent.
    case_tool = tm.add(
        tg.Tool(
            "Driver case lookup tool",
            capabilities={"read"},
            description="Looks up cases for the driver id the agent passes.",
        )
    )
    # Saves the agent's draft notices for review; cannot sign or send them.
    draft_tool = tm.add(tg.Tool("Notice draft tool", capabilities={"write"}))
    # Sends the agent's replies to drivers through the messaging provider.
    messaging_tool = tm.add(tg.Tool("Driver messaging tool", capabilities={"send-messages"}))
    # Where the transport manager reviews, edits and signs the drafts.
    portal = tm.add(
        tg.Service(
            "Notice review portal",
            controls={
                c.Authentication(method="Microsoft 365 SSO with MFA"),
                c.RBAC(),
                c.AuditLogging(note="who signed or rejected each notice, and when"),
            },
        )
    )

    with tm.boundary("Compliance data", trust=tg.Trust.RESTRICTED):
        # Raw downloads kept as the operator's legal record.
        file_store = tm.add(
            tg.DataStore(
                "Tachograph file archive",
                stores={vu_files, card_files},
                controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
            )
        )
        # Flags, driver records, drafts and signed notices.
        case_store = tm.add(
            tg.DataStore(
                "Infringement case store",
                stores={flags, driver_records, draft_notice, signed_notice, hours_analysis},
                controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
            )
        )

# ---------------------------------------------------------------- flows
# Downloads at the depot
tm.flow(
    vehicle_units,
    depot_pc,
    vu_files,
    protocol="usb",
    label="download key",
    controls={c.MessageIntegrity(note="vehicle unit signatures checked by the download software")},
)
tm.flow(driver, depot_pc, card_files, label="driver inserts card in the depot card reader")
tm.flow(depot_pc, analysis, vu_files, card_files, protocol="https")

# Analysis and flagging
tm.flow(analysis, file_store, vu_files, card_files, label="archive")
tm.flow(analysis, model, hours_analysis)
tm.flow(model, analysis, flags)
tm.flow(analysis, case_store, flags, hours_analysis)

# The agent and its model
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")
tm.flow(agent, case_tool, case_query)
tm.flow(case_store, case_tool, flags, driver_records, signed_notice, hours_analysis)
tm.flow(case_tool, agent, case_result)
tm.flow(agent, draft_tool, draft_notice)
tm.flow(draft_tool, case_store, draft_notice)

# Review and signing
tm.flow(case_store, portal, flags, hours_analysis, draft_notice, driver_records)
tm.flow(portal, transport_manager, flags, draft_notice, protocol="https")
tm.flow(transport_manager, portal, review_decision, protocol="https")
tm.flow(portal, case_store, signed_notice, review_decision)
tm.flow(portal, whatsapp, signed_notice, protocol="https", label="send signed notice")

# Drivers' questions
tm.flow(driver, whatsapp, driver_question, protocol="whatsapp")
tm.flow(whatsapp, agent, driver_question, protocol="https", label="webhook")
tm.flow(agent, messaging_tool, agent_reply)
tm.flow(messaging_tool, whatsapp, agent_reply, protocol="https")
tm.flow(whatsapp, driver, agent_reply, signed_notice, protocol="whatsapp")
