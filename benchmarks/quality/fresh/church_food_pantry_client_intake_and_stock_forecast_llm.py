"""Church food pantry: client intake, volunteer Q&A assistant and stock forecast.

A food pantry run by a parish church in the UK, open two afternoons a week. At the
door, volunteers register each client household on a shared pantry tablet: names,
address, household size, dietary needs and the referral reason. The intake web
app is a small hosted app in the parish's cloud account, where the client register
and the stock ledger live. Volunteers can ask an assistant about eligibility and
other local services (debt advice, housing, council support): it answers from a
library of leaflets the coordinator uploads, indexed in a vector store, through a
hosted LLM API. A weekly job fits a stock forecast from visit counts and logged
donations; the coordinator reads it and orders from the regional food bank's portal.
Controls in this first design: HTTPS everywhere, a shared volunteer password on
the intake app, the coordinator's own login, and the cloud database's default
encryption at rest. There is no review of the assistant's answers.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Church food pantry intake and stock forecast",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Volunteer-run pantry: client intake on a tablet, a leaflet Q&A assistant "
    "and a weekly stock forecast for ordering from the regional food bank.",
)

# ---------------------------------------------------------------- data assets
client_details = tg.Data(
    "Client household details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Names, address, household size, dietary needs, referral reason.",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
)
visit_log = tg.Data(
    "Visit log",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Date of each visit per household and the parcel size given.",
)
visit_counts = tg.Data(
    "Weekly visit counts",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Visits per week and household sizes, without names.",
)
donations = tg.Data(
    "Donations and stock ledger",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Items in, items out, best-before dates, donor church or supermarket.",
)
forecast = tg.Data("Stock need forecast", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
question = tg.Data(
    "Volunteer question",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Free text; volunteers often describe the client's situation.",
)
prompt = tg.Data(
    "Assistant prompt with leaflet passages",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
)
completion = tg.Data("LLM answer", kind="model-output", sensitivity=tg.Sensitivity.PII)
leaflets = tg.Data(
    "Local service leaflets",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="PDFs from the council, advice charities and other pantries.",
)
leaflet_chunks = tg.Data(
    "Leaflet passages and embeddings",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.PUBLIC,
)
order = tg.Data("Food bank order", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Pantry door", trust=tg.Trust.UNTRUSTED):
    # Members of the public who come for a food parcel; they tell the volunteer their details.
    client = tm.add(tg.Actor("Pantry client", role="client"))

with tm.boundary("Local agencies", trust=tg.Trust.PARTNER):
    # Where the leaflets come from: council, advice charities, other pantries.
    leaflet_source = tm.add(
        tg.DataSource("Local agency leaflets", origin=tg.Origin.PARTNER, provides={leaflets})
    )

with tm.boundary("Church hall", trust=tg.Trust.INTERNAL):
    # Volunteers who run the door on opening afternoons.
    volunteer = tm.add(tg.Actor("Pantry volunteer", role="volunteer"))
    # Orders stock, uploads leaflets, reads the forecast; runs the pantry.
    coordinator = tm.add(tg.Actor("Pantry coordinator", role="coordinator", privileged=True))
    # Two donated tablets left in the hall cupboard between sessions.
    tablet = tm.add(tg.Device("Intake tablet", fleet=True))

with tm.boundary("Parish cloud account", trust=tg.Trust.INTERNAL):
    # The web app volunteers and the coordinator use: intake, donations, assistant, forecast.
    intake_app = tm.add(
        tg.Endpoint(
            "Intake web app",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(
                    method="shared volunteer password; coordinator has own password"
                )
            },
        )
    )
    # Who has been registered and when they came; the pantry's only client records.
    register = tm.add(
        tg.DataStore(
            "Client register",
            stores={client_details, visit_log},
            controls={tg.controls.EncryptionAtRest(key_management="cloud provider default keys")},
        )
    )
    # What came in and went out, used for ordering and the forecast.
    ledger = tm.add(tg.DataStore("Stock ledger", stores={donations}))
    # Builds the prompt from the volunteer's question and the top leaflet passages.
    assistant = tm.add(
        tg.Service(
            "Leaflet Q&A assistant",
            description="Retrieves leaflet passages and calls the hosted LLM; no answer review.",
        )
    )
    # Index of the uploaded leaflets for retrieval.
    leaflet_index = tm.add(tg.VectorStore("Leaflet index", stores={leaflet_chunks}))
    # Splits and embeds leaflets when the coordinator uploads new ones.
    leaflet_ingest = tm.add(tg.Pipeline("Leaflet indexing job", stage=tg.Stage.INGESTION))
    # Weekly job that refits the forecast from visits and donations.
    forecast_job = tm.add(tg.Pipeline("Weekly forecast job", stage=tg.Stage.TRAINING))
    # Small regression model of next fortnight's need per item category.
    forecast_model = tm.add(
        tg.Model("Stock forecast model", task=tg.Task.REGRESSOR, origin=tg.ModelOrigin.IN_HOUSE)
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose chat model behind the vendor's API, on a pay-as-you-go key.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Regional food bank", trust=tg.Trust.PARTNER):
    # The food bank network's ordering portal, where member pantries place orders.
    food_bank = tm.add(tg.ExternalService("Food bank ordering portal"))

# ---------------------------------------------------------------- flows
# intake at the door
tm.flow(client, volunteer, client_details, label="tells details at the door")
tm.flow(volunteer, tablet, client_details, donations, label="types in")
tm.flow(tablet, intake_app, client_details, visit_log, donations, protocol="https")
tm.flow(
    intake_app, tablet, client_details, visit_log, protocol="https", label="returning client lookup"
)
tm.flow(intake_app, register, client_details, visit_log)
tm.flow(register, intake_app, client_details, visit_log)
tm.flow(intake_app, ledger, donations)
tm.flow(ledger, intake_app, donations)

# volunteer Q&A assistant
tm.flow(volunteer, tablet, question, label="asks the assistant")
tm.flow(tablet, intake_app, question, protocol="https")
tm.flow(intake_app, assistant, question)
tm.flow(assistant, leaflet_index, question, label="similarity query")
tm.flow(leaflet_index, assistant, leaflet_chunks)
tm.flow(assistant, llm, prompt, protocol="https")
tm.flow(llm, assistant, completion, protocol="https")
tm.flow(assistant, intake_app, completion)
tm.flow(intake_app, tablet, completion, protocol="https")

# leaflet library
tm.flow(leaflet_source, coordinator, leaflets, label="collected by hand and by e-mail")
tm.flow(coordinator, intake_app, leaflets, protocol="https", label="uploads PDFs")
tm.flow(intake_app, leaflet_ingest, leaflets)
tm.flow(leaflet_ingest, leaflet_index, leaflet_chunks)

# stock forecast and ordering
tm.flow(register, forecast_job, visit_counts, label="weekly aggregate")
tm.flow(ledger, forecast_job, donations)
tm.flow(forecast_job, forecast_model, visit_counts, donations, label="refit")
tm.flow(forecast_model, intake_app, forecast)
tm.flow(intake_app, coordinator, forecast, protocol="https", label="forecast dashboard")
tm.flow(coordinator, food_bank, order, protocol="https")
tm.flow(food_bank, coordinator, order, protocol="https", label="order confirmation")
