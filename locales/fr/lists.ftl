list-intro = Adresses e-mail, noms d’utilisateur ou identifiants, mélangés, jusqu’à 10 000.
list-paste = Coller la liste
list-paste-help = Un par ligne, ou séparés par des virgules, des points-virgules ou des tabulations : une colonne copiée depuis un tableur fonctionne.
list-file = Ou choisissez un fichier .csv ou .txt
list-file-help = La colonne intitulée email, username ou id, sinon la première. UTF-8, avec ou sans marque d’ordre des octets (BOM).
list-match = Rapprocher
list-matching = Rapprochement…
list-pasted-name = Liste collée, { $day } { $time }
list-name = Liste : { $name }
list-unmatched = Non trouvés, avec le motif (sélectionnez pour copier)
list-download = Télécharger le CSV des entrées non trouvées
list-another = Rapprocher une autre liste
list-matched = { $count ->
    [one] { $count } sur { $total } trouvé
   *[other] { $count } sur { $total } trouvés
}
list-not-found = { $count ->
    [one] { $count } introuvable
   *[other] { $count } introuvables
}
list-ambiguous = { $count ->
    [one] { $count } ambigu
   *[other] { $count } ambigus
}
list-invalid = { $count ->
    [one] { $count } non valide
   *[other] { $count } non valides
}
list-duplicates = { $count ->
    [one] { $count } doublon
   *[other] { $count } doublons
}
list-show = { $count ->
    [one] Afficher cet utilisateur
   *[other] Afficher ces { $count } utilisateurs
}
list-show-select = { $count ->
    [one] Afficher et sélectionner cet utilisateur
   *[other] Afficher et sélectionner les { $count }
}
list-why-not-found = Aucun utilisateur n’a cette adresse e-mail, ce nom d’utilisateur ou cet identifiant
list-why-ambiguous = Plusieurs utilisateurs ont ce nom d’utilisateur
list-why-invalid = Ni une adresse e-mail, ni un nom d’utilisateur, ni un identifiant
list-why-duplicate = Déjà dans la liste
list-csv-entry = Entrée
list-csv-reason = Motif
list-empty = Il n’y a rien à rapprocher. Collez des adresses e-mail, noms d’utilisateur ou identifiants, un par ligne ou séparés par des virgules, ou choisissez un fichier.
list-too-many = { $max } au maximum ; cette liste en compte { $count }. Divisez-la en listes plus petites.
list-not-utf8 = Ce fichier n’est pas du texte UTF-8. Enregistrez-le au format CSV UTF-8, puis choisissez-le à nouveau.
list-no-column = Ce fichier n’a pas de colonne d’adresses e-mail, de noms d’utilisateur ou d’identifiants. Intitulez cette colonne email, username ou id, ou placez-la en premier.
list-unreadable = Ce fichier n’a pas pu être lu. Choisissez-le à nouveau.
