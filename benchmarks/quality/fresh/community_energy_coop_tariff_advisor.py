"""Community energy co-op tariff advisor: the first design, before any security review.

Members of a community energy co-operative sign in to the co-op's member portal and
ask a chat advisor which of the co-op's tariffs (flat, time-of-use, solar-share) suits
their household and when to shift loads. With the member's consent, an ingestion job
pulls half-hourly readings from the national smart meter data hub, plus generation
data from the co-op's solar park monitoring and a weather forecast. An in-house
forecasting model projects each member's usage and bill under every tariff; an
orchestrator puts a minimised summary and the tariff catalogue into a prompt for a
hosted LLM, and returns its advice. If the member confirms a switch, the portal sends
it to the licensed supply partner that bills on the co-op's behalf. Everything runs in
the co-op's cloud account; volunteers edit tariffs through the portal's admin pages.
Members sign in with e-mail and password; the member database is encrypted, prompts
carry no names or meter numbers, and the LLM vendor was vetted under a DPA.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Community energy co-op tariff advisor",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Chat advice to co-op members on tariffs and load shifting from their "
    "smart meter data.",
)

# ---------------------------------------------------------------- data assets
question = tg.Data("Member question", kind="prompt", sensitivity=tg.Sensitivity.PII)
advice = tg.Data("Tariff advice", kind="model-output", sensitivity=tg.Sensitivity.PII)
account = tg.Data(
    "Member account",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, address, e-mail, password hash, meter number, current tariff.",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
)
readings = tg.Data(
    "Half-hourly meter readings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Reveal when a household is home, asleep or away.",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
)
consent_token = tg.Data(
    "Meter data hub consent token", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
solar = tg.Data("Solar park generation", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
weather = tg.Data("Weather forecast", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
profile = tg.Data("Household consumption profile", kind="features", sensitivity=tg.Sensitivity.PII)
projection = tg.Data(
    "Usage and bill projection", kind="model-output", sensitivity=tg.Sensitivity.PII
)
tariffs = tg.Data("Co-op tariffs", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
tariff_edits = tg.Data(
    "Tariff edits",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
prompt = tg.Data(
    "Advisor prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the question, the pseudonymous profile, projections, tariffs.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
switch_request = tg.Data("Tariff switch request", kind="records", sensitivity=tg.Sensitivity.PII)
switch_result = tg.Data("Switch confirmation", kind="records", sensitivity=tg.Sensitivity.PII)
transcripts = tg.Data("Advisor transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # A co-op member (household) using the portal from a browser or phone.
    member = tm.add(tg.Actor("Co-op member", role="member"))
    # A volunteer of the co-op board who maintains the tariff catalogue.
    volunteer = tm.add(tg.Actor("Co-op tariff volunteer", role="tariff admin", privileged=True))
    # Public weather forecast API used for solar and heating projections.
    weather_api = tm.add(tg.ExternalService("Weather forecast API", provides="data-provider"))

with tm.boundary("Meter data hub", trust=tg.Trust.PARTNER):
    # The national smart meter data hub; releases readings against a member's consent.
    data_hub = tm.add(tg.ExternalService("Smart meter data hub", provides="data-provider"))

with tm.boundary("Solar park O&M contractor", trust=tg.Trust.PARTNER):
    # The contractor's monitoring portal for the co-op's solar park.
    solar_feed = tm.add(
        tg.DataSource("Solar park monitoring feed", origin=tg.Origin.PARTNER, provides={solar})
    )

with tm.boundary("Supply partner", trust=tg.Trust.PARTNER):
    # The licensed supplier that holds the supply contracts and bills members.
    supplier = tm.add(tg.ExternalService("Supply partner tariff API"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # A general-purpose hosted chat model that writes the advice.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="DPA signed; EU region; no training on inputs")},
        )
    )

with tm.boundary("Co-op cloud account", trust=tg.Trust.INTERNAL):
    # The member portal: sign-in, chat, tariff switch and admin pages.
    portal = tm.add(
        tg.Endpoint(
            "Member portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Builds the prompt from profile, projections and tariffs; calls model and LLM.
    orchestrator = tm.add(
        tg.Service(
            "Advisor orchestrator",
            controls={c.DataMinimization(note="no names, addresses or meter numbers in prompts")},
        )
    )
    # Members, their consent to meter data, and their current tariff.
    member_db = tm.add(
        tg.DataStore(
            "Member database",
            stores={account, consent_token},
            controls={c.EncryptionAtRest(key_management="managed database encryption")},
        )
    )
    # Pulls readings, generation and weather every night and builds profiles.
    ingestion = tm.add(tg.Pipeline("Nightly meter data ingestion", stage=tg.Stage.INGESTION))
    # Time series of readings and the derived household profiles.
    usage_store = tm.add(
        tg.DataStore("Consumption data store", stores={readings, profile, solar, weather})
    )
    # In-house gradient-boosted model projecting usage and bills per tariff.
    forecaster = tm.add(
        tg.Model("Usage and bill forecaster", task=tg.Task.REGRESSOR, origin="in-house")
    )
    # The co-op's published tariffs, read by the advisor for every answer.
    catalogue = tm.add(tg.DataStore("Tariff catalogue", stores={tariffs}))
    # Chat transcripts kept for quality review and member complaints.
    transcript_store = tm.add(tg.DataStore("Advisor transcript store", stores={transcripts}))

# ---------------------------------------------------------------- flows
# member chat
tm.flow(member, portal, question, protocol="https")
tm.flow(portal, orchestrator, question)
tm.flow(member_db, orchestrator, account, label="current tariff")
tm.flow(usage_store, orchestrator, profile, weather)
tm.flow(orchestrator, forecaster, profile, weather)
tm.flow(forecaster, orchestrator, projection)
tm.flow(catalogue, orchestrator, tariffs)
tm.flow(orchestrator, llm, prompt, protocol="https")
tm.flow(llm, orchestrator, completion, protocol="https")
tm.flow(orchestrator, transcript_store, transcripts)
tm.flow(orchestrator, portal, advice)
tm.flow(portal, member, advice, protocol="https")

# accounts, consent and tariff switches
tm.flow(member, portal, account, label="sign-up and meter consent", protocol="https")
tm.flow(portal, member_db, account, consent_token)
tm.flow(member_db, portal, account)
tm.flow(member, portal, switch_request, label="confirms switch", protocol="https")
tm.flow(portal, supplier, switch_request, protocol="https")
tm.flow(supplier, portal, switch_result, protocol="https")
tm.flow(portal, member, switch_result, protocol="https")

# tariff maintenance
tm.flow(volunteer, portal, tariff_edits, label="admin pages", protocol="https")
tm.flow(portal, catalogue, tariffs)

# nightly ingestion
tm.flow(member_db, ingestion, consent_token)
tm.flow(ingestion, data_hub, consent_token, protocol="https")
tm.flow(data_hub, ingestion, readings, protocol="https")
tm.flow(solar_feed, ingestion, solar, protocol="https")
tm.flow(weather_api, ingestion, weather, protocol="https")
tm.flow(ingestion, usage_store, readings, profile, solar, weather)
