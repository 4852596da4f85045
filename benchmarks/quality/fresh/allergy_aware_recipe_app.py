"""Allergy-aware recipe app: the first design, before any security review.

A consumer meal-planning app (iOS, Android, web) launching in the EU. Users sign
in through a hosted identity provider, declare their allergies and diet, and ask
for a weekly plan. The planner service in our cloud sends the request and the
user's constraints to a hosted LLM, which writes recipes and a shopping list.
Every ingredient list then goes through our own allergen-detection model, trained
on a licensed food-composition database and reviewed by our food-data analysts,
and flagged recipes are regenerated. Users can send the list to a grocery
partner's API; the partner matches products (with their ingredient labels, also
checked) and the user pays on the partner's hosted checkout, so we never see
card data. Controls in this design: OIDC sign-in, per-user rate limits and
schema checks on the API, KMS encryption of the profile database, API keys in a
secrets manager, a held-out evaluation gate before an allergen model ships, and
an explicit "place order" tap by the user before anything is sent to the grocer.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Allergy-aware recipe app",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM meal plans and shopping lists checked against each user's allergies.",
)

# ---------------------------------------------------------------- data assets
login = tg.Data("Login credentials", sensitivity=tg.Sensitivity.SECRET, kind="credentials")
id_token = tg.Data("ID token", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="credentials")
profile = tg.Data(
    "Allergy and diet profile",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Declared allergies, intolerances, diet and household size (health data).",
)
plan_request = tg.Data(
    "Plan request",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="Free-text wishes: cuisines, time budget, what is in the fridge.",
)
recipe_prompt = tg.Data(
    "Recipe prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="prompt",
    description="System prompt, the user's wishes and their allergy and diet constraints.",
)
recipes = tg.Data(
    "Generated recipes",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="model-output",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
check_request = tg.Data(
    "Ingredient check request",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="features",
    description="Ingredient lines of a recipe or product, with the user's declared allergens.",
)
allergen_flags = tg.Data(
    "Allergen flags",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="model-output",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
meal_plan = tg.Data("Meal plan and shopping list", sensitivity=tg.Sensitivity.PII, kind="records")
basket = tg.Data(
    "Grocery basket",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Shopping list items, quantities and the user's linked partner customer id.",
)
products = tg.Data(
    "Product matches",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Partner products with ingredient and may-contain labels, prices, checkout link.",
)
partner_key = tg.Data(
    "Grocery partner API key", sensitivity=tg.Sensitivity.SECRET, kind="credentials"
)
food_records = tg.Data(
    "Food composition records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="training-data",
    description="Licensed ingredient and allergen data, delivered as monthly files.",
)
allergen_labels = tg.Data(
    "Allergen labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="labels",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
weights = tg.Data(
    "Allergen model weights",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="Fine-tuned small text classifier saved as a PyTorch checkpoint.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can download the app and create an account.
    user = tm.add(tg.Actor("App user", role="consumer"))

with tm.boundary("Identity provider", trust=tg.Trust.PARTNER):
    # Hosted sign-up and sign-in, so we never store passwords.
    idp = tm.add(tg.ExternalService("Hosted identity provider", provides="identity-provider"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Writes recipes and shopping lists under the user's constraints.
    recipe_llm = tm.add(
        tg.LLM(
            "Recipe LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model behind the vendor's API.",
        )
    )

with tm.boundary("Grocery partner", trust=tg.Trust.PARTNER):
    # Product matching, basket creation and hosted checkout.
    grocery_api = tm.add(tg.ExternalService("Grocery partner API", provides="generic"))

with tm.boundary("Food data vendor", trust=tg.Trust.PARTNER):
    # Source of ingredient-to-allergen facts for training the allergen model.
    food_db = tm.add(
        tg.DataSource(
            "Food composition database",
            origin=tg.Origin.VENDOR,
            provides={food_records},
            description="Licensed dataset, pulled monthly over SFTP.",
        )
    )

with tm.boundary("App cloud", trust=tg.Trust.INTERNAL):
    # Public API the mobile and web clients call.
    app_api = tm.add(
        tg.Endpoint(
            "App API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="OIDC tokens from the identity provider"),
                c.RateLimiting(requests_per_minute=60, note="per user"),
                c.InputValidation(note="JSON schema; allergies picked from a fixed list"),
            },
        )
    )
    # Orchestrates generation, allergen checks, regeneration and ordering.
    planner = tm.add(
        tg.Service(
            "Meal planner service",
            description="Builds prompts, checks every ingredient list, regenerates flagged recipes.",
            controls={
                c.SecretsManagement(note="LLM and grocery keys in the cloud secrets manager")
            },
        )
    )
    # The safety check between the LLM and the user: a missed allergen can hurt someone.
    allergen_model = tm.add(
        tg.Model(
            "Allergen detection model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            description="Tags each ingredient line with the EU's 14 allergen groups.",
        )
    )
    # Saved plans and shopping lists, so users can reopen and reorder them.
    plan_store = tm.add(tg.DataStore("Plan store", stores={meal_plan}))

    with tm.boundary("Profile data tier", trust=tg.Trust.RESTRICTED):
        # Each user's declared allergies and diet: the constraints everything depends on.
        profile_db = tm.add(
            tg.DataStore(
                "Profile database",
                stores={profile},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Labeled ingredient lines the allergen model learns from.
        training_set = tm.add(
            tg.Dataset("Allergen training set", stores={food_records, allergen_labels})
        )
        # Fine-tunes the allergen classifier and evaluates it on a held-out set.
        training = tm.add(
            tg.Pipeline(
                "Allergen model training",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
                controls={c.ModelValidation(note="recall gate per allergen group on held-out set")},
            )
        )
        # Versioned checkpoints the serving container loads at start-up.
        registry = tm.add(tg.ModelRegistry("Model bucket", stores={weights}))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Reviews and corrects allergen labels before training.
    analyst = tm.add(tg.Actor("Food data analyst", role="food data analyst"))

# ---------------------------------------------------------------- flows
tm.flow(user, idp, login, protocol="https")
tm.flow(idp, user, id_token, protocol="https")

tm.flow(user, app_api, id_token, profile, plan_request, protocol="https")
tm.flow(app_api, user, meal_plan, recipes, allergen_flags, protocol="https")

tm.flow(app_api, planner, profile, plan_request)
tm.flow(planner, app_api, meal_plan, recipes, allergen_flags)

tm.flow(planner, profile_db, profile, label="profile updates")
tm.flow(profile_db, planner, profile)

tm.flow(planner, recipe_llm, recipe_prompt, protocol="https")
tm.flow(recipe_llm, planner, recipes, protocol="https")

tm.flow(planner, allergen_model, check_request)
tm.flow(allergen_model, planner, allergen_flags)

tm.flow(planner, plan_store, meal_plan)
tm.flow(plan_store, planner, meal_plan)

tm.flow(
    planner,
    grocery_api,
    basket,
    partner_key,
    protocol="https",
    controls={c.HumanInTheLoop(approver="the user, who taps 'place order' on the basket")},
)
tm.flow(grocery_api, planner, products, protocol="https")

tm.flow(food_db, training_set, food_records, protocol="sftp", label="monthly drop")
tm.flow(analyst, training_set, allergen_labels, protocol="https", label="label review")
tm.flow(training_set, training, food_records, allergen_labels)
tm.flow(training, registry, weights)
tm.flow(registry, allergen_model, weights, label="loaded at start-up")
