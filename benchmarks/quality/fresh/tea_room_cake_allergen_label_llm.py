"""Cake allergen label assistant: the first design, before any security review.

A small tea room bakes its own cakes and must label them with their allergens
(the 14 UK allergens, including "may contain" warnings) and show the same
information on its menu. The baker keeps recipes in a shared Google Drive
folder; ingredient suppliers e-mail their product specification sheets to the
shop inbox, and the owner saves them to a specifications folder. A small web
app on a hosted platform reads a recipe and the matching spec sheets, sends
them with a fixed prompt template to a hosted LLM, and stores the drafted
label and menu allergen text. The owner signs in from the back-office laptop
(Google sign-in with 2-step verification), checks and corrects each draft, and
only approved labels are printed on the USB label printer or pasted into the
menu page on the website builder. No customer data is held.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Tea room allergen label assistant",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Drafts cake allergen labels and menu allergen information from recipes and "
        "supplier specifications, for the owner to check before printing."
    ),
)

# ---------------------------------------------------------------- data assets
recipes = tg.Data(
    "Cake recipes",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Ingredients, brands and quantities for each cake, written by the baker.",
)
spec_sheets = tg.Data(
    "Supplier specification sheets",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="PDF product specs with allergen and 'may contain' declarations.",
)
template = tg.Data(
    "Allergen prompt template",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
    description="Instructions and the list of 14 allergens the model must check for.",
)
draft_request = tg.Data("Label draft request", kind="prompt", sensitivity=tg.Sensitivity.INTERNAL)
llm_prompt = tg.Data(
    "Label drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The template, one recipe and the text of its ingredients' spec sheets.",
)
draft_label = tg.Data(
    "Draft allergen label",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
approved_label = tg.Data(
    "Approved allergen label",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
owner_review = tg.Data(
    "Owner corrections and approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
menu_allergens = tg.Data(
    "Menu allergen information",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Flour, chocolate, nut and dairy suppliers who send spec sheets by e-mail.
    suppliers = tm.add(
        tg.DataSource(
            "Ingredient suppliers",
            origin=tg.Origin.VENDOR,
            provides={spec_sheets},
        )
    )
    # Customers read the menu online and the labels in the shop.
    customer = tm.add(tg.Actor("Customer", role="customer"))

with tm.boundary("Google Workspace", trust=tg.Trust.PARTNER):
    # The shop's mailbox, where spec sheets arrive.
    inbox = tm.add(tg.ExternalService("Shop e-mail inbox"))
    # Shared folder where the baker writes the recipes.
    recipe_folder = tm.add(tg.DataStore("Recipe folder", stores={recipes}))
    # Folder where the owner files each supplier's current spec sheet.
    spec_folder = tm.add(tg.DataStore("Specification folder", stores={spec_sheets}))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Drafts the label text from the recipe and spec sheets.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Website builder", trust=tg.Trust.PARTNER):
    # The tea room's public site, where the menu and its allergen table are shown.
    website = tm.add(tg.ExternalService("Menu website"))

with tm.boundary("App hosting", trust=tg.Trust.INTERNAL):
    # The small web app that assembles the prompt, calls the LLM and keeps drafts.
    label_app = tm.add(
        tg.Service(
            "Label drafting app",
            description="Single-user web app on a hosted platform; the owner's account only.",
            controls={c.Authentication(method="Google sign-in with 2-step verification")},
        )
    )
    # Holds the prompt template, drafts and approved labels.
    label_db = tm.add(
        tg.DataStore("Label database", stores={template, draft_label, approved_label})
    )

with tm.boundary("Tea room premises", trust=tg.Trust.INTERNAL):
    # Checks every draft and decides what is printed and published.
    owner = tm.add(tg.Actor("Owner", role="tea room owner", privileged=True))
    # Writes and updates the recipes.
    baker = tm.add(tg.Actor("Baker", role="baker"))
    # The owner's back-office laptop: browser for the app, Drive and website builder.
    laptop = tm.add(tg.Device("Back-office laptop", fleet=False))
    # Thermal label printer attached to the laptop.
    printer = tm.add(tg.Device("Label printer", fleet=False))

# ---------------------------------------------------------------- flows
# Recipes and spec sheets come in.
tm.flow(baker, recipe_folder, recipes, protocol="https")
tm.flow(suppliers, inbox, spec_sheets, protocol="smtp")
tm.flow(inbox, laptop, spec_sheets, protocol="https")
tm.flow(laptop, spec_folder, spec_sheets, protocol="https", label="owner files current spec")

# The owner asks for a draft; the app reads the sources and asks the LLM.
tm.flow(owner, laptop, draft_request, label="picks a cake, in person")
tm.flow(laptop, label_app, draft_request, protocol="https")
tm.flow(recipe_folder, label_app, recipes, protocol="https")
tm.flow(spec_folder, label_app, spec_sheets, protocol="https")
tm.flow(label_db, label_app, template, protocol="tls")
tm.flow(label_app, llm, llm_prompt, protocol="https")
tm.flow(llm, label_app, draft_label, protocol="https")
tm.flow(label_app, label_db, draft_label, protocol="tls")

# The owner checks and corrects the draft before anything is printed.
tm.flow(label_app, laptop, draft_label, protocol="https")
tm.flow(laptop, owner, draft_label, label="on the screen")
tm.flow(owner, laptop, owner_review, label="corrects and approves, in person")
tm.flow(laptop, label_app, owner_review, protocol="https")
tm.flow(label_app, label_db, approved_label, protocol="tls")
tm.flow(label_app, laptop, approved_label, menu_allergens, protocol="https")

# Approved labels are printed and the menu allergen table is published.
tm.flow(laptop, printer, approved_label, protocol="usb")
tm.flow(printer, customer, approved_label, label="printed label on the cake stand")
tm.flow(laptop, website, menu_allergens, protocol="https", label="owner pastes menu table")
tm.flow(website, customer, menu_allergens, protocol="https")
