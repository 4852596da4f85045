"""Allotment society: water-leak flags and a plot waiting-list agent (first design).

The society runs three allotment sites whose water troughs have battery flow meters.
The meters report over a LoRaWAN network run by a connectivity provider, which posts
each reading to our water monitoring service in the society's small cloud tenancy.
An in-house leak model scores the overnight flow of each trough, and the service
e-mails the site rep when a trough looks like it is leaking.
On the society website, members and applicants chat with a waiting-list agent built
on a hosted LLM. It answers questions about their place on the list, e-mails an offer
of a vacant plot to the next applicant, reads the replies that come back and records
acceptances in the plot register, which the lettings secretary keeps.
Controls in this design: HTTPS everywhere we can, rate limiting on the chat, a
reference-and-postcode check before the agent reads an applicant's entry, a step
limit on the agent, encryption at rest and an audit log on the plot register.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Allotment society water leaks and plot waiting list",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Leak flags from trough flow meters, and an agent that runs the plot waiting list.",
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "Trough flow readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Litres per 15 minutes per trough, with meter id and battery level.",
)
leak_flag = tg.Data("Leak flag", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
leak_alert = tg.Data(
    "Leak alert e-mail",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Site, trough and overnight flow, sent to the site rep.",
)
question = tg.Data("Member or applicant question", kind="prompt", sensitivity=tg.Sensitivity.PII)
answer = tg.Data("Agent answer", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the conversation or e-mail reply, and tool results.",
)
llm_reply = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
tool_call = tg.Data("Tool call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
list_entry = tg.Data(
    "Waiting list entry",
    kind="tool-result",
    sensitivity=tg.Sensitivity.PII,
    description="Position, date joined, site preference and contact details.",
)
register = tg.Data(
    "Plot register records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Plots, tenants, waiting list, offers and acceptances.",
)
vacancy = tg.Data("Plot vacancy update", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
offer = tg.Data(
    "Plot offer e-mail",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Offer of a named plot to the next applicant, with a reply-by date.",
)
reply = tg.Data(
    "Applicant e-mail reply",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="The applicant's accept or decline, relayed by the mail provider.",
)
acceptance = tg.Data("Plot acceptance", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Members and people on the waiting list use the chat on the society website.
    person = tm.add(tg.Actor("Member or applicant", role="allotment member or applicant"))

with tm.boundary("Allotment sites", trust=tg.Trust.UNTRUSTED):
    # Battery flow meters on the troughs; the sites are open to every plot holder.
    meters = tm.add(tg.Device("Trough flow meter", fleet=True))

with tm.boundary("LoRaWAN connectivity provider", trust=tg.Trust.PARTNER):
    # The provider's network server receives the radio uplinks and forwards them to us.
    lns = tm.add(tg.ExternalService("LoRaWAN network server", provides="data-provider"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted model that the agent reasons with.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail: sends offers and alerts, and posts inbound replies to the agent.
    mail = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Society cloud tenancy", trust=tg.Trust.INTERNAL):
    # Receives meter uplinks, keeps readings, asks the leak model, e-mails the site rep.
    monitoring = tm.add(
        tg.Service(
            "Water monitoring service",
            description="Takes readings from the network server and raises leak alerts.",
        )
    )
    # Time series of trough readings, kept for a season for the model and the rep.
    readings_db = tm.add(tg.DataStore("Trough readings store", stores={readings}))
    # Small in-house model that flags troughs whose overnight flow looks like a leak.
    leak_model = tm.add(
        tg.Model(
            "Leak detection model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Gradient-boosted model over overnight and weekly flow per trough.",
        )
    )
    # The chat API behind the widget on the society website.
    chat = tm.add(
        tg.Endpoint(
            "Waiting list chat endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={c.RateLimiting(requests_per_minute=20)},
        )
    )
    # The LLM agent that answers list questions, sends offers and records acceptances.
    agent = tm.add(
        tg.Agent(
            "Waiting list agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={c.CircuitBreaker(max_steps=15)},
        )
    )
    # Read-only lookup of an applicant's entry and of vacant plots.
    lookup_tool = tm.add(
        tg.Tool(
            "Waiting list lookup tool",
            capabilities={"read"},
            controls={c.Authentication(method="waiting-list reference and postcode")},
        )
    )
    # Sends a plot offer to the next applicant on the list through the mail provider.
    offer_tool = tm.add(tg.Tool("Plot offer e-mail tool", capabilities={"send-messages"}))
    # Writes offers and acceptances into the plot register.
    register_tool = tm.add(tg.Tool("Plot register update tool", capabilities={"write"}))
    # The society's plot register: plots, tenancies and the waiting list.
    register_db = tm.add(
        tg.DataStore(
            "Plot register",
            stores={register},
            controls={
                c.EncryptionAtRest(key_management="cloud provider managed keys"),
                c.AuditLogging(),
            },
        )
    )

with tm.boundary("Committee volunteers", trust=tg.Trust.INTERNAL):
    # Volunteer site rep who walks the site and fixes leaking troughs.
    site_rep = tm.add(tg.Actor("Site rep", role="site representative"))
    # Volunteer who marks plots vacant when tenancies end.
    secretary = tm.add(tg.Actor("Lettings secretary", role="lettings secretary", privileged=True))

# ---------------------------------------------------------------- flows: water
tm.flow(meters, lns, readings, protocol="lorawan")
tm.flow(lns, monitoring, readings, protocol="https", label="uplink webhook")
tm.flow(monitoring, readings_db, readings)
tm.flow(readings_db, monitoring, readings, label="overnight window")
tm.flow(monitoring, leak_model, readings)
tm.flow(leak_model, monitoring, leak_flag)
tm.flow(monitoring, mail, leak_alert, protocol="https")
tm.flow(mail, site_rep, leak_alert, protocol="smtp")

# ---------------------------------------------------------------- flows: waiting list
tm.flow(person, chat, question, protocol="https")
tm.flow(chat, agent, question)
tm.flow(agent, chat, answer)
tm.flow(chat, person, answer, protocol="https")

tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_reply, protocol="https")

tm.flow(agent, lookup_tool, tool_call)
tm.flow(lookup_tool, agent, list_entry)
tm.flow(register_db, lookup_tool, register)

tm.flow(agent, offer_tool, tool_call)
tm.flow(offer_tool, mail, offer, protocol="https")
tm.flow(mail, person, offer, protocol="smtp")
tm.flow(person, mail, reply, protocol="smtp")
tm.flow(mail, agent, reply, protocol="https", label="inbound mail webhook")

tm.flow(agent, register_tool, tool_call)
tm.flow(register_tool, register_db, acceptance)
tm.flow(register_tool, agent, acceptance, label="write confirmation")

tm.flow(secretary, register_db, vacancy, protocol="https", label="marks plot vacant")
