"""Hang gliding club assistant: the first design, before any security review.

Club members sign in to the club web portal with their membership number and a
password and ask the assistant about the club's flying sites: launch and landing
notes, landowner rules, airspace and which rating a site needs. An LLM agent in
the club's cloud tenancy answers from an index of the site guides and from the
day's briefing. Before it registers a member for a restricted site it looks up
the pilot's rating with the national association's rating register; the
registration tool records the visit and returns the site's gate code.
Each morning a briefing job pulls readings from the wind stations on the hills
through the station vendor's API and has the hosted LLM summarise them, against
each site's wind limits, into daily site briefings shown in the portal.
The site safety officer maintains the guides and gate codes through the portal.
Controls in this design: portal sign-in, TLS on every external link, a step
limit on the agent, and the hosting provider's encryption of the database.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Hang gliding club site assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Members' assistant for flying sites, rating checks before site access, "
        "and daily wind briefings for a UK hang gliding club."
    ),
)

# ---------------------------------------------------------------- data assets
question = tg.Data("Member question", kind="prompt", sensitivity=tg.Sensitivity.INTERNAL)
answer = tg.Data("Assistant answer", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
agent_prompt = tg.Data(
    "Assistant prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the member's question, name, membership number and "
    "retrieved site guide chunks and briefing.",
)
llm_reply = tg.Data(
    "LLM reply and tool calls", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
site_guides = tg.Data(
    "Site guides",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Launch and landing notes, rating needed, wind limits, landowner rules.",
)
guide_chunks = tg.Data(
    "Site guide chunks", kind="retrieved-context", sensitivity=tg.Sensitivity.INTERNAL
)
rating_lookup = tg.Data("Rating lookup request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
pilot_rating = tg.Data(
    "Pilot rating record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, association number, rating level and its expiry date.",
)
access_request = tg.Data(
    "Site access registration", kind="tool-call", sensitivity=tg.Sensitivity.PII
)
access_confirmation = tg.Data(
    "Site access confirmation", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
gate_codes = tg.Data(
    "Site gate codes",
    kind="credentials",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Padlock codes for the farm gates on the access tracks.",
)
member_records = tg.Data(
    "Member records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
    description="Name, e-mail, phone, emergency contact, membership number, site visits.",
)
wind_readings = tg.Data("Wind station readings", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
briefing_prompt = tg.Data("Briefing prompt", kind="prompt", sensitivity=tg.Sensitivity.INTERNAL)
briefing = tg.Data(
    "Daily site briefing",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Club members asking about sites and conditions, from home or on the hill.
    member = tm.add(tg.Actor("Club member", role="member"))
    # Volunteer committee member who keeps site guides and gate codes current.
    safety_officer = tm.add(
        tg.Actor("Site safety officer", role="committee volunteer", privileged=True)
    )

with tm.boundary("Club cloud tenancy", trust=tg.Trust.INTERNAL):
    # The club website's members' area: chat, briefings and the admin pages.
    portal = tm.add(
        tg.Endpoint(
            "Club web portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="membership number and password")},
        )
    )
    # The assistant: reads guides and briefings, checks ratings, registers site visits.
    agent = tm.add(
        tg.Agent(
            "Site assistant agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Registers a member for a restricted site when the rating "
            "it looked up meets the site guide's requirement.",
            controls={c.CircuitBreaker(max_steps=10)},
        )
    )
    # Where the assistant finds what each site requires and how to fly it.
    guide_index = tm.add(tg.VectorStore("Site guide index", stores={guide_chunks}))
    # Re-chunks and embeds guides when the safety officer publishes a change.
    indexer = tm.add(
        tg.Pipeline(
            "Guide indexing pipeline",
            stage=tg.Stage.INGESTION,
            description="Embeds guides with a small embedding model run in the tenancy.",
        )
    )
    # Tool the agent calls to ask the association for a pilot's current rating.
    rating_tool = tm.add(tg.Tool("Pilot rating lookup", capabilities={"read", "network-egress"}))
    # Tool that records a member's visit to a site and hands back the gate code.
    access_tool = tm.add(tg.Tool("Site access registration tool", capabilities={"read", "write"}))
    # Membership, site visit log and gate codes, in the club's managed database.
    member_db = tm.add(
        tg.DataStore(
            "Member database",
            stores={member_records, gate_codes},
            controls={c.EncryptionAtRest(key_management="hosting provider managed keys")},
        )
    )
    # Runs at 06:00 to turn wind readings into per-site briefings.
    briefing_job = tm.add(tg.Service("Daily briefing job"))
    # Today's and recent briefings, shown in the portal and read by the agent.
    briefing_store = tm.add(tg.DataStore("Briefing store", stores={briefing}))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose chat model behind the vendor's API, used by agent and job.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("National association", trust=tg.Trust.PARTNER):
    # The national hang gliding association's register of pilot ratings.
    register = tm.add(
        tg.ExternalService("Pilot rating register", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Wind station vendor", trust=tg.Trust.PARTNER):
    # Vendor cloud collecting readings from the anemometers on the club's hills.
    wind_api = tm.add(
        tg.DataSource("Wind station API", origin=tg.Origin.VENDOR, provides={wind_readings})
    )

# ---------------------------------------------------------------- flows
# members asking and reading
tm.flow(member, portal, question, protocol="https")
tm.flow(portal, member, answer, briefing, protocol="https")
tm.flow(portal, agent, question)
tm.flow(agent, portal, answer)

# the agent's reasoning and retrieval
tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, llm_reply, protocol="https")
tm.flow(agent, guide_index, question, label="similarity query")
tm.flow(guide_index, agent, guide_chunks, label="retrieved guides")
tm.flow(briefing_store, agent, briefing, label="today's briefing")

# rating check and site access
tm.flow(agent, rating_tool, rating_lookup)
tm.flow(rating_tool, register, rating_lookup, protocol="https")
tm.flow(register, rating_tool, pilot_rating, protocol="https")
tm.flow(rating_tool, agent, pilot_rating)
tm.flow(agent, access_tool, access_request)
tm.flow(access_tool, member_db, access_request, label="records site visit")
tm.flow(member_db, access_tool, gate_codes, member_records)
tm.flow(access_tool, agent, access_confirmation, gate_codes)

# daily briefings
tm.flow(wind_api, briefing_job, wind_readings, protocol="https")
tm.flow(guide_index, briefing_job, guide_chunks, label="site wind limits")
tm.flow(briefing_job, llm, briefing_prompt, protocol="https")
tm.flow(llm, briefing_job, briefing, protocol="https")
tm.flow(briefing_job, briefing_store, briefing)
tm.flow(briefing_store, portal, briefing)

# site administration
tm.flow(safety_officer, portal, site_guides, gate_codes, protocol="https")
tm.flow(portal, indexer, site_guides)
tm.flow(indexer, guide_index, guide_chunks)
tm.flow(portal, member_db, gate_codes, label="gate code updates")
tm.flow(member_db, portal, member_records, label="sign-in check")
