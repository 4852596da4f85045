"""Travel insurance medical screening agent: the first design, before any security review.

Customers buying travel cover on our website are handed to a chat where an LLM agent
asks about their pre-existing medical conditions in plain language. The agent codes
each answer against a licensed medical screening catalogue, asks its follow-up
questions and sends the coded conditions to our in-house medical risk model. With the
score it asks the rating engine for a quote: an extra medical premium, or a decline
past the underwriting threshold, saved in the policy and claims system. The agent runs
in our quote platform on a vendor's hosted LLM (EU region). Declined customers can ask
for an underwriter review in the underwriting workbench; the model is retrained
quarterly from pseudonymised claims. Controls: TLS and a rate limit on the chat, the
vendor's content filter, an agent step limit, encrypted stores, RBAC, SSO with MFA for
underwriters, and validation of each new model.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Travel insurance medical screening agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Chat agent that screens declared medical conditions and quotes a medical "
    "premium or declines travel cover.",
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data(
    "Customer chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Free-text answers about diagnoses, medication and hospital stays.",
)
trip_details = tg.Data(
    "Trip and traveller details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Names, dates of birth, destination, dates, e-mail address.",
)
agent_reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.REGULATED)
llm_prompt = tg.Data(
    "Screening prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="System prompt, the conversation so far and the tool results.",
)
llm_completion = tg.Data(
    "LLM completion", kind="model-output", sensitivity=tg.Sensitivity.REGULATED
)
condition_query = tg.Data(
    "Condition lookup query", kind="tool-call", sensitivity=tg.Sensitivity.REGULATED
)
catalogue_entries = tg.Data(
    "Condition catalogue entries",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Condition codes, synonyms and follow-up questions, licensed from a "
    "medical screening vendor and loaded quarterly.",
)
condition_codes = tg.Data(
    "Condition codes and follow-up questions",
    kind="tool-result",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
coded_conditions = tg.Data(
    "Coded medical conditions",
    kind="features",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Condition codes with severity answers, age and destination region.",
)
risk_score = tg.Data(
    "Medical risk score",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
quote_request = tg.Data(
    "Quote request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Trip details, the risk score and the coded conditions.",
)
quote = tg.Data(
    "Medical premium quote or decline",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
policy_records = tg.Data(
    "Quotes, policies and claims",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
transcripts = tg.Data(
    "Screening chat transcripts", kind="logs", sensitivity=tg.Sensitivity.REGULATED
)
referral = tg.Data(
    "Decline review referral",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="The customer's request for an underwriter to review a decline.",
)
underwriting_decision = tg.Data(
    "Underwriter review decision", kind="records", sensitivity=tg.Sensitivity.REGULATED
)
claims_experience = tg.Data(
    "Pseudonymised claims experience",
    kind="training-data",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Declared conditions and medical claims per policy, names and contact "
    "details removed.",
)
model_artifact = tg.Data(
    "Medical risk model artifact",
    format="pickle",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Gradient-boosted model saved with joblib.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone getting a quote on the website; no account is needed to get one.
    customer = tm.add(tg.Actor("Customer", role="prospective policyholder"))

with tm.boundary("LLM vendor EU region", trust=tg.Trust.PARTNER):
    # The language model behind the agent; we use it through the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model in the vendor's EU region.",
            controls={
                c.Guardrails(note="the vendor's content filter"),
                c.SupplierAssessment(note="DPA signed, no training on our data, 30-day abuse log"),
            },
        )
    )

with tm.boundary("Quote platform", trust=tg.Trust.INTERNAL):
    # The chat API the quote journey's web page talks to.
    chat = tm.add(
        tg.Endpoint(
            "Medical screening chat API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.RateLimiting(requests_per_minute=30)},
        )
    )
    # Runs the screening conversation and decides which tool to call next.
    agent = tm.add(
        tg.Agent(
            "Medical screening agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Asks about each condition, codes it, gets a risk score and a "
            "quote, and tells the customer the premium or the decline.",
            controls={
                c.CircuitBreaker(max_steps=40),
                c.Contestability(note="a declined customer can ask for an underwriter review"),
            },
        )
    )
    # Maps the customer's words to a catalogue condition and its follow-up questions.
    condition_tool = tm.add(
        tg.Tool("Condition lookup tool", capabilities={"read"}, origin="first-party")
    )
    # Sends the coded conditions to the risk model and returns the score.
    scoring_tool = tm.add(
        tg.Tool("Medical risk scoring tool", capabilities={"read"}, origin="first-party")
    )
    # Asks the rating engine for the quote and saves it against the quote reference.
    quote_tool = tm.add(tg.Tool("Quote tool", capabilities={"read", "write"}, origin="first-party"))
    # Turns the risk score into a medical loading from the rate tables, or a decline.
    rating = tm.add(
        tg.Service(
            "Rating engine",
            description="Applies the medical rate tables and the decline threshold to "
            "the risk score in the request.",
            controls={c.SchemaEnforcement()},
        )
    )
    # Scores the medical risk of the declared conditions for the trip.
    risk_model = tm.add(
        tg.Model(
            "Medical risk model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="Predicts expected medical claim cost; past the threshold cover "
            "is declined.",
            controls={c.ModelValidation(), c.ModelVersioning()},
        )
    )

    with tm.boundary("Underwriting data", trust=tg.Trust.RESTRICTED):
        # The licensed catalogue of conditions and screening questions.
        catalogue = tm.add(tg.DataStore("Medical condition catalogue", stores={catalogue_entries}))
        # System of record for quotes, policies and claims.
        policy_db = tm.add(
            tg.DataStore(
                "Policy and claims system",
                stores={policy_records},
                controls={c.EncryptionAtRest(key_management="KMS"), c.RBAC()},
            )
        )
        # Keeps each screening conversation for complaints and underwriter review.
        transcript_store = tm.add(
            tg.DataStore(
                "Screening transcript store",
                stores={transcripts},
                controls={c.EncryptionAtRest(key_management="KMS")},
            )
        )

with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
    # Claims experience extracted from the policy and claims system for training.
    claims_set = tm.add(
        tg.Dataset(
            "Claims experience training set",
            stores={claims_experience},
            purpose="training",
            controls={c.DataMinimization(note="names and contact details removed")},
        )
    )
    # Quarterly retraining that deploys the new model after validation.
    training = tm.add(tg.Pipeline("Quarterly risk model retraining", stage=tg.Stage.TRAINING))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Reviews declines the customer disputes and complex cases.
    underwriter = tm.add(tg.Actor("Medical underwriter", role="underwriter"))
    # Where underwriters see referrals with the transcript and record their decision.
    workbench = tm.add(
        tg.Service(
            "Underwriting workbench",
            controls={c.Authentication(method="corporate SSO with MFA"), c.RBAC()},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(customer, chat, chat_message, trip_details, protocol="https")
tm.flow(chat, customer, agent_reply, quote, protocol="https")
tm.flow(chat, agent, chat_message, trip_details)
tm.flow(agent, chat, agent_reply, quote)

tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

tm.flow(agent, condition_tool, condition_query)
tm.flow(condition_tool, catalogue, condition_query)
tm.flow(catalogue, condition_tool, catalogue_entries)
tm.flow(condition_tool, agent, condition_codes)

tm.flow(agent, scoring_tool, coded_conditions)
tm.flow(scoring_tool, risk_model, coded_conditions, protocol="https")
tm.flow(risk_model, scoring_tool, risk_score, protocol="https")
tm.flow(scoring_tool, agent, risk_score)

tm.flow(agent, quote_tool, quote_request)
tm.flow(quote_tool, rating, quote_request, protocol="https")
tm.flow(rating, quote_tool, quote, protocol="https")
tm.flow(quote_tool, policy_db, quote)
tm.flow(quote_tool, agent, quote)

tm.flow(agent, transcript_store, transcripts)
tm.flow(agent, workbench, referral, label="customer asks for a decline review")
tm.flow(transcript_store, workbench, transcripts)
tm.flow(policy_db, workbench, policy_records)
tm.flow(workbench, underwriter, referral, transcripts, protocol="https")
tm.flow(underwriter, workbench, underwriting_decision, protocol="https")
tm.flow(workbench, policy_db, underwriting_decision)

tm.flow(policy_db, claims_set, claims_experience, label="quarterly claims extract")
tm.flow(claims_set, training, claims_experience)
tm.flow(training, risk_model, model_artifact, label="deploy after validation")
