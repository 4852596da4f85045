"""Bell-ringing rota and practice feedback assistant: the first design, before any security review.

A diocesan guild of church bell ringers wants to save its tower captains an evening's
admin each week. Ringers enter their availability in a small guild web app; before
each practice night the tower captain asks the assistant to draft a rota (who rings
which bell in which touch) and short feedback on each ringer's striking. Striking
data comes from a recorder box in each ringing chamber, which captures the time of
every blow from sensors on the bells and uploads the file after practice; a striking
analysis service turns it into per-ringer accuracy figures using the band list the
captain enters. An orchestrator puts the members, availability and figures into a
prompt for a hosted LLM and returns the drafts to the captain, who edits and
publishes them; published rotas go out by e-mail. The app runs on a PaaS with a
managed database (encrypted at rest); people sign in with e-mail and password,
recorders upload with a per-tower API key, and nothing is sent until the captain
publishes it.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Bell-ringing rota and practice feedback assistant",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Drafts practice-night rotas and striking feedback for tower captains "
    "from availability and recorded bell timings.",
)

# ---------------------------------------------------------------- data assets
timings = tg.Data(
    "Bell strike timings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Time of each blow per bell number for each touch rung at practice.",
)
band_list = tg.Data(
    "Band allocation",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Which ringer rang which bell in each touch, entered by the captain.",
)
striking_stats = tg.Data(
    "Per-ringer striking figures",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Mean and spread of each ringer's errors in handstroke and backstroke.",
)
members = tg.Data(
    "Guild member records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="medium", availability="low"),
    description="Names, e-mail, phone, home tower, methods rung, and a junior-member flag.",
)
availability = tg.Data("Ringer availability", kind="records", sensitivity=tg.Sensitivity.PII)
rota_request = tg.Data(
    "Rota and feedback request",
    kind="prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="The captain's instructions: practice date, methods to ring, who to bring on.",
)
prompt = tg.Data(
    "Assistant prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the request, members, availability and striking figures.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
drafts = tg.Data("Draft rota and feedback", kind="model-output", sensitivity=tg.Sensitivity.PII)
published_rota = tg.Data("Published rota", kind="records", sensitivity=tg.Sensitivity.PII)
rota_email = tg.Data("Rota e-mail", kind="documents", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Runs practice night; asks for drafts, edits and publishes them.
    captain = tm.add(tg.Actor("Tower captain", role="tower captain"))
    # Guild members, juniors included, who give availability and get the rota.
    ringer = tm.add(tg.Actor("Ringer", role="guild member"))

with tm.boundary("Ringing chambers", trust=tg.Trust.PARTNER):
    # One box per tower on church premises; the only source of striking data.
    recorder = tm.add(
        tg.Device(
            "Tower striking recorder",
            fleet=True,
            description="Sensor box on the bell frame that logs each blow and uploads after practice.",
        )
    )

with tm.boundary("Guild PaaS app", trust=tg.Trust.INTERNAL):
    # Receives timing files from the tower recorders.
    upload_api = tm.add(
        tg.Endpoint(
            "Timing upload API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="per-tower upload API key")},
        )
    )
    # Keeps the raw timing files for each practice.
    timing_store = tm.add(tg.DataStore("Timing file store", stores={timings}))
    # Deterministic maths that turns blows into accuracy figures per ringer.
    analysis = tm.add(
        tg.Service(
            "Striking analysis service",
            description="Fits the ideal rhythm to each touch and attributes errors to ringers.",
        )
    )
    # The web app captains and ringers use.
    web_app = tm.add(
        tg.Endpoint(
            "Guild web app",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.HumanInTheLoop(
                    approver="tower captain",
                    note="drafts are shown only to the captain; nothing is sent until they publish",
                ),
            },
        )
    )
    # Builds the prompt from guild data and calls the hosted model.
    orchestrator = tm.add(
        tg.Service(
            "Assistant orchestrator",
            description="Assembles members, availability and striking figures into a prompt.",
        )
    )
    # Members, availability, band lists, figures and published rotas.
    guild_db = tm.add(
        tg.DataStore(
            "Guild database",
            stores={members, availability, band_list, striking_stats, published_rota},
            controls={c.EncryptionAtRest(key_management="PaaS-managed keys")},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # A general-purpose hosted chat model; the guild trains nothing itself.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail service that delivers published rotas.
    mailer = tm.add(tg.ExternalService("E-mail delivery service"))

# ---------------------------------------------------------------- flows
tm.flow(recorder, upload_api, timings, protocol="https", label="upload after practice")
tm.flow(upload_api, timing_store, timings)
tm.flow(timing_store, analysis, timings)
tm.flow(guild_db, analysis, band_list)
tm.flow(analysis, guild_db, striking_stats)

tm.flow(ringer, web_app, availability, protocol="https")
tm.flow(web_app, ringer, published_rota, protocol="https")
tm.flow(captain, web_app, rota_request, band_list, protocol="https")
tm.flow(web_app, guild_db, availability, band_list)

tm.flow(web_app, orchestrator, rota_request)
tm.flow(guild_db, orchestrator, members, availability, striking_stats)
tm.flow(orchestrator, llm, prompt, protocol="https")
tm.flow(llm, orchestrator, completion, protocol="https")
tm.flow(orchestrator, web_app, drafts)
tm.flow(web_app, captain, drafts, protocol="https")
tm.flow(captain, web_app, published_rota, protocol="https", label="edits and publishes")
tm.flow(web_app, guild_db, published_rota)
tm.flow(guild_db, web_app, published_rota, members)
tm.flow(web_app, mailer, rota_email, protocol="https")
tm.flow(mailer, ringer, rota_email, protocol="smtp")
